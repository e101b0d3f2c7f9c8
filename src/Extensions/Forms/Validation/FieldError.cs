namespace Participation.Extensions.Forms.Validation;

/// <summary>One problem with one answer: a stable <see cref="Code"/> for programs and a message for people.</summary>
public sealed record FieldError(string Alias, string Code, string Message);

/// <summary>The stable error codes the headless API returns beside the messages.</summary>
public static class FieldErrorCodes
{
    public const string Required = "required";
    public const string Pattern = "pattern";
    public const string MaxLength = "maxLength";
    public const string Email = "email";
    public const string Phone = "phone";
    public const string Number = "number";
    public const string Range = "range";
    public const string Date = "date";
    public const string Time = "time";
    public const string Option = "option";
    public const string TooManyValues = "tooManyValues";
    public const string UnknownField = "unknownField";
    public const string FileType = "fileType";
    public const string FileSize = "fileSize";
    public const string FileContent = "fileContent";

    /// <summary>The malware scanner found something in the file: the API answers 400.</summary>
    public const string FileMalware = "fileMalware";

    /// <summary>The malware scanner could not be asked and the site fails closed: the API answers 503.</summary>
    public const string FileNotScanned = "fileNotScanned";
}
