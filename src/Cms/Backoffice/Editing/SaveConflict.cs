using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Participation.Cms.Backoffice.Text;
using Participation.Cms.Content;
using Participation.Cms.ContentTypes;

namespace Participation.Cms.Backoffice.Editing;

/// <summary>
/// What to show when a save is refused because the draft moved on (<see cref="ContentConflictException"/>): the
/// fields the two saves disagree on, side by side, and a form that loses neither. A field only the other save
/// changed takes their value; a field this editor changed keeps theirs beside it and the editor's in the form, so
/// saving again keeps the editor's and going back to the saved page keeps theirs.
/// </summary>
public sealed partial record SaveConflict(string SavedBy, DateTime SavedAtUtc, IReadOnlyList<SaveConflict.Row> Rows, ContentDocument Form)
{
    /// <param name="TakenFromTheirs">Only the other save changed it, so the form now holds their value.</param>
    public sealed record Row(string Label, string Theirs, string Yours, bool TakenFromTheirs);

    /// <param name="based">The version the editor's form was read from (null when pruned: every difference is then the editor's).</param>
    public static SaveConflict Resolve(ContentType type, string culture, BackofficeText text, ContentDocument? based, ContentDocument theirs, ContentDocument yours, string savedBy, DateTime savedAtUtc)
    {
        var form = yours.Clone();
        var rows = new List<Row>();
        foreach (var field in Fields(type, culture, text))
        {
            var their = field.Get(theirs);
            var mine = field.Get(yours);
            if (JsonNode.DeepEquals(their, mine))
            {
                continue;
            }

            var onlyTheyChanged = based is not null && JsonNode.DeepEquals(field.Get(based), mine);
            if (onlyTheyChanged)
            {
                field.Set(form, their?.DeepClone());
            }

            rows.Add(new Row(field.Label, Readable(their), Readable(mine), onlyTheyChanged));
        }

        return new SaveConflict(savedBy, savedAtUtc, rows, form);
    }

    private sealed record Field(string Label, Func<ContentDocument, JsonNode?> Get, Action<ContentDocument, JsonNode?> Set);

    /// <summary>The fields one culture's form edits: its name and segment, its values, and the invariant values.</summary>
    private static IEnumerable<Field> Fields(ContentType type, string culture, BackofficeText text)
    {
        yield return new Field(text["common.name"], d => Variant(d, culture)?.Name, (d, v) => Ensure(d, culture).Name = v?.GetValue<string>() ?? "");
        yield return new Field(text["edit.segment"], d => Variant(d, culture)?.Segment, (d, v) => Ensure(d, culture).Segment = v?.GetValue<string>() ?? "");
        foreach (var property in type.Properties)
        {
            var label = property.NameIn(text.Language);
            var alias = property.Alias;
            yield return type.PropertyVaries(property)
                ? new Field(label, d => Variant(d, culture)?.Values[alias], (d, v) => Ensure(d, culture).Values[alias] = v)
                : new Field(label, d => d.Values[alias], (d, v) => d.Values[alias] = v);
        }
    }

    private static CultureVariant? Variant(ContentDocument document, string culture) => document.Cultures.GetValueOrDefault(culture);

    private static CultureVariant Ensure(ContentDocument document, string culture) =>
        document.Cultures.TryGetValue(culture, out var variant) ? variant : document.Cultures[culture] = new CultureVariant();

    /// <summary>Rich text and lists as the editor reads them, not as markup or JSON.</summary>
    private static string Readable(JsonNode? value) => value switch
    {
        null => "",
        JsonValue v when v.TryGetValue(out string? s) => Tags().Replace(s, " ").Trim(),
        _ => value.ToJsonString(),
    };

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tags();
}
