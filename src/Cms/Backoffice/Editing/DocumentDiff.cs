using System.Text.Json.Nodes;
using Participation.Cms.Content;

namespace Participation.Cms.Backoffice.Editing;

/// <summary>Field-by-field comparison of two versions, for the side-by-side history view.</summary>
public static class DocumentDiff
{
    public sealed record Row(string Field, string? Left, string? Right)
    {
        public bool Changed => Left != Right;
    }

    public static IReadOnlyList<Row> Compare(ContentDocument left, ContentDocument right)
    {
        var a = Flatten(left);
        var b = Flatten(right);
        return a.Keys.Union(b.Keys).Order(StringComparer.Ordinal)
            .Select(k => new Row(k, a.GetValueOrDefault(k), b.GetValueOrDefault(k)))
            .ToList();
    }

    private static Dictionary<string, string> Flatten(ContentDocument document)
    {
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (alias, value) in document.Values)
        {
            fields[alias] = Text(value);
        }

        foreach (var (culture, variant) in document.Cultures)
        {
            fields[$"[{culture}] nimi"] = variant.Name;
            fields[$"[{culture}] URL-osa"] = variant.Segment;
            foreach (var (alias, value) in variant.Values)
            {
                fields[$"[{culture}] {alias}"] = Text(value);
            }
        }

        return fields;
    }

    private static string Text(JsonNode? value) => value is JsonValue v && v.TryGetValue(out string? s) ? s : value?.ToJsonString() ?? "";
}
