namespace Participation.Cms.Media;

public sealed class MediaUploadException(string message) : Exception(message);
