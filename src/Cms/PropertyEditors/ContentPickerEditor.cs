using System.Text.Json.Nodes;
using Participation.Cms.ContentTypes;

namespace Participation.Cms.PropertyEditors;

internal class ContentPickerEditor : PropertyEditor
{
    public override string Alias => "Umbraco.ContentPicker";

    protected virtual bool Single => true;

    public override ParsedValue Parse(JsonNode? input, PropertyType property)
    {
        var keys = new List<Guid>();
        foreach (var item in Items(input))
        {
            var text = Text(item);
            if (text is null)
            {
                continue;
            }

            // Umbraco writes document UDIs (umb://document/<hex>); accept them as well as plain GUIDs.
            var raw = text.StartsWith("umb://", StringComparison.Ordinal) ? text[(text.LastIndexOf('/') + 1)..] : text;
            if (!Guid.TryParse(raw, out var key))
            {
                return ParsedValue.Invalid($"'{text}' ei ole sisällön tunniste.");
            }

            keys.Add(key);
        }

        keys = keys.Distinct().ToList();
        if (keys.Count == 0)
        {
            return ParsedValue.Empty;
        }

        if (Single)
        {
            return keys.Count == 1 ? ParsedValue.Of(JsonValue.Create(keys[0].ToString())) : ParsedValue.Invalid("Valitse yksi sisältö.");
        }

        return ParsedValue.Of(new JsonArray(keys.Select(k => (JsonNode?)JsonValue.Create(k.ToString())).ToArray()));
    }

    public override object? ToModel(JsonNode? stored, PropertyType property, ModelContext context)
    {
        var keys = Items(stored).Select(Text).Select(t => Guid.TryParse(t, out var k) ? k : Guid.Empty).Where(k => k != Guid.Empty).ToArray();
        return new PickedContent(keys, Single);
    }
}
