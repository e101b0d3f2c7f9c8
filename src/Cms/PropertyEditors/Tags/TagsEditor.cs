using System.Text.Json.Nodes;
using Participation.Cms.ContentTypes;
using Participation.Cms.Text;

namespace Participation.Cms.PropertyEditors;

internal sealed class TagsEditor(EngineText text) : PropertyEditor
{
    public override string Alias => "Umbraco.Tags";

    public override QueryValueKind? QueryKind => QueryValueKind.Text;

    public override string EditView => View("Tags");

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
            return ParsedValue.Invalid(text.Format("editor.tags.tooLong", tooLong[..20] + "…", 100));
        }

        return tags.Count == 0 ? ParsedValue.Empty : ParsedValue.Of(StringArray(tags));
    }

    public override object? ToModel(JsonNode? stored, PropertyType property, ModelContext context) =>
        Items(stored).Select(Text).OfType<string>().ToArray();

    public override JsonNode? ToDeliveryApi(object? model, PropertyType property, DeliveryApiContext context) =>
        StringArray(model as string[] ?? []);

    public override string? ToSearchText(JsonNode? stored, PropertyType property) =>
        string.Join(' ', Items(stored).Select(Text).OfType<string>()) is { Length: > 0 } s ? s : null;
}
