using System.Text.Json.Nodes;
using Participation.Cms.ContentTypes;

namespace Participation.Cms.PropertyEditors;

internal sealed class TagsEditor : PropertyEditor
{
    public override string Alias => "Umbraco.Tags";

    public override ParsedValue Parse(JsonNode? input, PropertyType property)
    {
        // A form posts "a, b, c"; JSON clients post an array.
        var tags = Items(input)
            .SelectMany(i => Text(i)?.Split(',') ?? [])
            .Select(t => t.Trim())
            .Where(t => t.Length > 0)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();
        if (tags.FirstOrDefault(t => t.Length > 100) is { } tooLong)
        {
            return ParsedValue.Invalid($"Tunniste '{tooLong[..20]}…' on liian pitkä (enintään 100 merkkiä).");
        }

        return tags.Count == 0 ? ParsedValue.Empty : ParsedValue.Of(new JsonArray(tags.Select(t => (JsonNode?)JsonValue.Create(t)).ToArray()));
    }

    public override object? ToModel(JsonNode? stored, PropertyType property, ModelContext context) =>
        Items(stored).Select(Text).OfType<string>().ToArray();
}
