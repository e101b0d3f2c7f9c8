namespace Participation.Cms.Media;

/// <summary>A stored file the endpoint will not make variants of; the request answers 400 with the message.</summary>
internal sealed class ImageNotResizableException(string message) : Exception(message);
