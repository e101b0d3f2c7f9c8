using System.Text.Json.Nodes;
using Participation.Cms.Backoffice.Text;
using Participation.Cms.Content;

namespace Participation.Cms.Backoffice.Editing;

/// <summary>Field-by-field comparison of two versions, for the side-by-side history view.</summary>
public static class DocumentDiff
{
    public sealed record Row(string Field, string? Left, string? Right)
    {
        public bool Changed => Left != Right;
    }

    /// <summary>The rows' field names are for the editor to read, so the name and URL segment rows are labelled in their language.</summary>
    public static IReadOnlyList<Row> Compare(ContentDocument left, ContentDocument right, BackofficeText text)
    {
        var a = Flatten(left, text);
        var b = Flatten(right, text);
        return a.Keys.Union(b.Keys).Order(StringComparer.Ordinal)
            .Select(k => new Row(k, a.GetValueOrDefault(k), b.GetValueOrDefault(k)))
            .ToList();
    }

    private static Dictionary<string, string> Flatten(ContentDocument document, BackofficeText text)
    {
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (alias, value) in document.Values)
        {
            fields[alias] = Text(value);
        }

        foreach (var (culture, variant) in document.Cultures)
        {
            fields[$"[{culture}] {text["history.fieldName"]}"] = variant.Name;
            fields[$"[{culture}] {text["history.fieldSegment"]}"] = variant.Segment;
            foreach (var (alias, value) in variant.Values)
            {
                fields[$"[{culture}] {alias}"] = Text(value);
            }
        }

        return fields;
    }

    private static string Text(JsonNode? value) => value is JsonValue v && v.TryGetValue(out string? s) ? s : value?.ToJsonString() ?? "";
}
