using System.Text.Json.Nodes;
using Participation.Cms.ContentTypes;
using Participation.Cms.PublishedCache;

namespace Participation.Cms.PropertyEditors;

/// <summary>
/// A list of elements (e.g. contact people). Stored as <c>[{ key, contentType, values }]</c>;
/// the element values are converted with the element type's own editors when read.
/// </summary>
internal sealed class BlockListEditor : PropertyEditor
{
    public override string Alias => "Umbraco.BlockList";

    public override ParsedValue Parse(JsonNode? input, PropertyType property)
    {
        var allowed = (property.Config["allowedTypes"] as JsonArray)?.Select(t => (string?)t).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var blocks = new JsonArray();
        foreach (var item in Items(input))
        {
            if (item is not JsonObject o || Text(o["contentType"]) is not { } type)
            {
                return ParsedValue.Invalid("Lohkolta puuttuu tyyppi.");
            }

            if (allowed is not null && !allowed.Contains(type))
            {
                return ParsedValue.Invalid($"Lohkotyyppi '{type}' ei ole sallittu tässä.");
            }

            var key = Guid.TryParse(Text(o["key"]), out var k) ? k : Guid.NewGuid();
            blocks.Add(new JsonObject
            {
                ["key"] = key.ToString(),
                ["contentType"] = type,
                ["values"] = (o["values"] as JsonObject)?.DeepClone() ?? new JsonObject(),
            });
        }

        return blocks.Count == 0 ? ParsedValue.Empty : ParsedValue.Of(blocks);
    }

    public override object? ToModel(JsonNode? stored, PropertyType property, ModelContext context)
    {
        var items = new List<PublishedElement>();
        foreach (var o in Items(stored).OfType<JsonObject>())
        {
            if (Text(o["contentType"]) is not { } alias || !context.ContentTypes.TryGetValue(alias, out var type))
            {
                continue;
            }

            var values = o["values"] as JsonObject ?? [];
            var converted = type.Properties.ToDictionary(
                p => p.Alias,
                p => context.Editors.Contains(p.Editor) ? context.Editors.Get(p.Editor).ToModel(values[p.Alias], p, context) : null,
                StringComparer.Ordinal);
            items.Add(new PublishedElement(Guid.TryParse(Text(o["key"]), out var key) ? key : Guid.Empty, alias, converted));
        }

        return items;
    }
}
