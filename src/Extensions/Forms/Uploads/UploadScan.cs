using Participation.Cms.Security.Malware;
using Participation.Extensions.Forms.Definitions;
using Participation.Extensions.Forms.Text;
using Participation.Extensions.Forms.Validation;

namespace Participation.Extensions.Forms.Uploads;

/// <summary>
/// Scans a submission's files for malware once every other check has passed and before any byte is staged on disk, so
/// a refused file leaves nothing behind. The visitor reads why next to the field; the signature's name stays in the log.
/// </summary>
public sealed class UploadScan(MalwareScanner scanner, FormsText text)
{
    public async Task<IReadOnlyList<FieldError>> CheckAsync(FormDefinition form, IEnumerable<UploadedFile> files, string culture, CancellationToken cancellationToken)
    {
        var errors = new List<FieldError>();
        foreach (var file in files)
        {
            var field = form.Field(file.FieldAlias)!;
            var scan = await scanner.ScanAsync(file.Content, $"form {form.Alias}, field {field.Alias}", cancellationToken);
            if (scan.Verdict == MalwareVerdict.Found)
            {
                errors.Add(new FieldError(field.Alias, FieldErrorCodes.FileMalware, text.Format(culture, "forms.fileMalware", UploadChecks.Label(field))));
            }
            else if (scan.Verdict == MalwareVerdict.Unavailable)
            {
                // The scanner is down: the next file would wait out the same timeout.
                errors.Add(new FieldError(field.Alias, FieldErrorCodes.FileNotScanned, text.Format(culture, "forms.fileNotScanned", UploadChecks.Label(field))));
                break;
            }
        }

        return errors;
    }
}
