using System.Text.Json;
using System.Text.Json.Nodes;
using Participation.Cms.ContentTypes;

namespace Participation.Cms.PropertyEditors;

internal sealed class TrueFalseEditor : PropertyEditor
{
    public override string Alias => "Umbraco.TrueFalse";

    public override ParsedValue Parse(JsonNode? input, PropertyType property)
    {
        if (input is JsonValue v && v.GetValueKind() is JsonValueKind.True or JsonValueKind.False)
        {
            return ParsedValue.Of(JsonValue.Create(v.GetValue<bool>()));
        }

        return Text(input)?.ToLowerInvariant() switch
        {
            null => ParsedValue.Of(JsonValue.Create(false)),
            "true" or "on" or "1" => ParsedValue.Of(JsonValue.Create(true)),
            "false" or "off" or "0" => ParsedValue.Of(JsonValue.Create(false)),
            _ => ParsedValue.Invalid("Valitse kyllä tai ei."),
        };
    }

    public override object? ToModel(JsonNode? stored, PropertyType property, ModelContext context) =>
        stored is JsonValue v && v.TryGetValue(out bool value) && value;
}
