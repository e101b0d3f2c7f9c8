namespace Participation.Extensions.Forms.Uploads;

/// <summary>A file as it arrived (multipart, or a data URL in the API's JSON), before any check.</summary>
public sealed record UploadedFile(string FieldAlias, string FileName, byte[] Content);
