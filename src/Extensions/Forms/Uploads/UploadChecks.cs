using Participation.Extensions.Forms.Definitions;
using Participation.Extensions.Forms.Text;
using Participation.Extensions.Forms.Validation;

namespace Participation.Extensions.Forms.Uploads;

/// <summary>
/// Checks an upload by what it is, not what it says: the extension must be one the field allows and the first bytes
/// must be that format's signature, so a script renamed <c>.pdf</c> is refused. The content type stored is the one the
/// check proved, never the one the browser sent.
/// </summary>
public sealed class UploadChecks(FormsText text, Microsoft.Extensions.Options.IOptions<FormsOptions> options)
{
    private static readonly Dictionary<string, (string ContentType, byte[][] Signatures)> Known = new(StringComparer.OrdinalIgnoreCase)
    {
        ["pdf"] = ("application/pdf", [[0x25, 0x50, 0x44, 0x46, 0x2D]]),
        ["png"] = ("image/png", [[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]]),
        ["jpg"] = ("image/jpeg", [[0xFF, 0xD8, 0xFF]]),
        ["jpeg"] = ("image/jpeg", [[0xFF, 0xD8, 0xFF]]),
        ["gif"] = ("image/gif", [[0x47, 0x49, 0x46, 0x38, 0x37, 0x61], [0x47, 0x49, 0x46, 0x38, 0x39, 0x61]]),
        ["webp"] = ("image/webp", [[0x52, 0x49, 0x46, 0x46]]),
        ["docx"] = ("application/vnd.openxmlformats-officedocument.wordprocessingml.document", [[0x50, 0x4B, 0x03, 0x04]]),
        ["xlsx"] = ("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", [[0x50, 0x4B, 0x03, 0x04]]),
        ["odt"] = ("application/vnd.oasis.opendocument.text", [[0x50, 0x4B, 0x03, 0x04]]),
    };

    /// <summary>Extensions a field may allow: those whose content can be checked.</summary>
    public static IReadOnlyCollection<string> Checkable => Known.Keys;

    public static string ContentTypeOf(string extension) => Known.TryGetValue(extension, out var k) ? k.ContentType : "application/octet-stream";

    public IEnumerable<FieldError> Check(FormField field, IReadOnlyList<UploadedFile> files, string culture)
    {
        if (files.Count > 1 && field.FileUploadOptions?.AllowMultipleFileUploads != true)
        {
            yield return new FieldError(field.Alias, FieldErrorCodes.TooManyValues, text.Format(culture, "forms.tooManyValues", Label(field)));
            yield break;
        }

        var allowed = (field.FileUploadOptions?.AllowedUploadExtensions ?? []).Where(e => Known.ContainsKey(e)).ToList();
        if (allowed.Count == 0)
        {
            allowed = ["pdf", "png", "jpg", "jpeg"];
        }

        var maxKb = Math.Min(field.FileUploadOptions?.MaxFileSizeKb ?? options.Value.MaxUploadKb, options.Value.MaxUploadKb);
        foreach (var file in files)
        {
            var extension = Path.GetExtension(file.FileName).TrimStart('.');
            if (!allowed.Contains(extension, StringComparer.OrdinalIgnoreCase))
            {
                yield return new FieldError(field.Alias, FieldErrorCodes.FileType, text.Format(culture, "forms.fileType", Label(field), string.Join(", ", allowed)));
            }
            else if (file.Content.Length > maxKb * 1024L || file.Content.Length == 0)
            {
                yield return new FieldError(field.Alias, FieldErrorCodes.FileSize, text.Format(culture, "forms.fileSize", Label(field), maxKb));
            }
            else if (!Known[extension].Signatures.Any(s => file.Content.AsSpan().StartsWith(s)))
            {
                yield return new FieldError(field.Alias, FieldErrorCodes.FileContent, text.Format(culture, "forms.fileContent", Label(field)));
            }
        }
    }

    internal static string Label(FormField field) => field.Caption.Length > 0 ? field.Caption : field.Alias;
}
