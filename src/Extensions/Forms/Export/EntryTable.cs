using System.Globalization;
using Participation.Extensions.Forms.Definitions;
using Participation.Extensions.Forms.Entries;

namespace Participation.Extensions.Forms.Export;

/// <summary>
/// Entries as rows of text, the one shape both exports write: id, state, created (site time, ISO 8601, so a column
/// never mixes date formats), page, then one column per field named by its alias. Several answers are joined with ", ";
/// an upload is written as its file name.
/// </summary>
public sealed record EntryTable(IReadOnlyList<string> Headers, IReadOnlyList<IReadOnlyList<string>> Rows)
{
    public static EntryTable Build(
        FormDefinition form,
        IReadOnlyList<FormEntry> entries,
        IReadOnlyDictionary<Guid, string> fileNames,
        bool sensitive,
        TimeZoneInfo zone)
    {
        var fields = form.Fields.Where(f => f.TakesValue && (sensitive || !f.ContainsSensitiveData)).ToList();
        var headers = new[] { "id", "state", "created", "page" }.Concat(fields.Select(f => f.Alias)).ToList();
        var rows = entries.Select(entry =>
        {
            var values = FormSubmissions.ReadValues(entry.Values);
            var created = TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(entry.CreatedUtc, DateTimeKind.Utc), zone);
            IReadOnlyList<string> row =
            [
                entry.Id.ToString(),
                entry.State.ToString(),
                created.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
                entry.PageKey?.ToString() ?? "",
                .. fields.Select(f => string.Join(", ", (values.GetValueOrDefault(f.Alias) ?? [])
                    .Select(v => f.Type == FieldTypes.FileUpload && Guid.TryParse(v, out var id) ? fileNames.GetValueOrDefault(id, v) : v))),
            ];
            return row;
        }).ToList();
        return new EntryTable(headers, rows);
    }
}
