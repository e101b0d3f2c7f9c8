using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Participation.Cms.ContentTypes;
using Participation.Cms.PublishedCache;
using Participation.Cms.Text;

namespace Participation.Cms.PropertyEditors;

/// <summary>
/// A list of elements (e.g. contact people). Stored as <c>[{ key, contentType, values }]</c>;
/// the element values are converted with the element type's own editors when read.
/// </summary>
internal sealed class BlockListEditor(EngineText text) : PropertyEditor
{
    public override string Alias => "Umbraco.BlockList";

    public override string EditView => View("BlockList");

    /// <summary>A group: with script, a card per block; without, the JSON text with a label of its own.</summary>
    public override bool EditsAsGroup => true;

    public override ParsedValue Parse(JsonNode? input, PropertyType property)
    {
        var allowed = (property.Config["allowedTypes"] as JsonArray)?.Select(t => (string?)t).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var blocks = new JsonArray();
        foreach (var item in Items(input))
        {
            if (item is not JsonObject o || Text(o["contentType"]) is not { } type)
            {
                return ParsedValue.Invalid(text["editor.blockList.missingType"]);
            }

            if (allowed is not null && !allowed.Contains(type))
            {
                return ParsedValue.Invalid(text.Format("editor.blockList.typeNotAllowed", type));
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

    /// <summary>The form posts the blocks as JSON text: written from the block cards by the script, typed without it.</summary>
    public override ParsedValue ReadForm(IFormCollection form, string name, PropertyType property)
    {
        var raw = form[name].ToString();
        try
        {
            return string.IsNullOrWhiteSpace(raw) ? ParsedValue.Empty : ParsedValue.Of(JsonNode.Parse(raw));
        }
        catch (JsonException)
        {
            return ParsedValue.Invalid(text["editor.blockList.invalidJson"]);
        }
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

    /// <summary><c>{"items": [{"content": element, "settings": null}]}</c>, each element's values by its own editors.</summary>
    public override JsonNode? ToDeliveryApi(object? model, PropertyType property, DeliveryApiContext context)
    {
        var items = new JsonArray();
        foreach (var element in model as IEnumerable<PublishedElement> ?? [])
        {
            if (!context.Models.ContentTypes.TryGetValue(element.ContentTypeAlias, out var type))
            {
                continue;
            }

            var properties = new JsonObject();
            // Elements are always written with their properties; the property's nested scope limits and expands them.
            foreach (var p in type.Properties.Where(p => context.Models.Editors.Contains(p.Editor) && context.Scope.Includes(p.Alias)))
            {
                properties[p.Alias] = element.Value<object>(p.Alias) is var value && PublishedContent.IsSet(value)
                    ? context.Models.Editors.Get(p.Editor).ToDeliveryApi(value, p, context.Enter(p.Alias))
                    : null;
            }

            items.Add(new JsonObject
            {
                ["content"] = new JsonObject { ["contentType"] = element.ContentTypeAlias, ["id"] = element.Key.ToString(), ["properties"] = properties },
                ["settings"] = null,
            });
        }

        return items.Count == 0 ? null : new JsonObject { ["items"] = items };
    }
}
