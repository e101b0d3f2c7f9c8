using System.Text.Json.Nodes;
using Participation.Cms.Backoffice.Text;
using Participation.Cms.Content;
using Participation.Cms.ContentTypes;

namespace Participation.Cms.Backoffice.Editing;

/// <summary>Field-by-field comparison of two versions, for the side-by-side history view.</summary>
public static class DocumentDiff
{
    public sealed record Row(string Field, string? Left, string? Right)
    {
        public bool Changed => Left != Right;
    }

    /// <summary>
    /// Rows labelled as the edit form labels its fields (the property's name in the editor's language, the language
    /// version in brackets), in the form's order: names first, then the type's properties, then values the type no
    /// longer has.
    /// </summary>
    public static IReadOnlyList<Row> Compare(ContentDocument left, ContentDocument right, ContentType type, BackofficeText text)
    {
        var a = Flatten(left, type, text);
        var b = Flatten(right, type, text);
        return a.Keys.Union(b.Keys).OrderBy(k => k.Order).ThenBy(k => k.Label, StringComparer.Ordinal)
            .Select(k => new Row(k.Label, a.GetValueOrDefault(k), b.GetValueOrDefault(k)))
            .ToList();
    }

    private readonly record struct Field(int Order, string Label);

    private static Dictionary<Field, string> Flatten(ContentDocument document, ContentType type, BackofficeText text)
    {
        var order = type.Properties.Select((p, i) => (p, i)).ToDictionary(x => x.p.Alias, x => (x.i + 1) * 10);
        string Label(string alias) => type.GetProperty(alias)?.NameIn(text.Language) ?? alias;
        int Position(string alias) => order.GetValueOrDefault(alias, int.MaxValue);

        var fields = new Dictionary<Field, string>();
        foreach (var (alias, value) in document.Values)
        {
            fields[new Field(Position(alias), Label(alias))] = Text(value);
        }

        foreach (var (culture, variant) in document.Cultures)
        {
            var tag = $" ({culture.ToUpperInvariant()})";
            fields[new Field(0, text["history.fieldName"] + tag)] = variant.Name;
            fields[new Field(1, text["history.fieldSegment"] + tag)] = variant.Segment;
            foreach (var (alias, value) in variant.Values)
            {
                fields[new Field(Position(alias), Label(alias) + tag)] = Text(value);
            }
        }

        return fields;
    }

    private static string Text(JsonNode? value) => value is JsonValue v && v.TryGetValue(out string? s) ? s : value?.ToJsonString() ?? "";
}
