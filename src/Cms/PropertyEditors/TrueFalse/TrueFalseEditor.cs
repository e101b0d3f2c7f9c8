using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Participation.Cms.ContentTypes;
using Participation.Cms.Text;

namespace Participation.Cms.PropertyEditors;

internal sealed class TrueFalseEditor(EngineText text) : PropertyEditor
{
    public override string Alias => "Umbraco.TrueFalse";

    public override QueryValueKind? QueryKind => QueryValueKind.Flag;

    public override string EditView => View("TrueFalse");

    public override bool EditsAsGroup => true;

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
            _ => ParsedValue.Invalid(text["editor.trueFalse.invalid"]),
        };
    }

    // An unticked checkbox posts nothing, which means false, not "no value".
    public override ParsedValue ReadForm(IFormCollection form, string name, PropertyType property) =>
        ParsedValue.Of(JsonValue.Create(form[name].Contains("true")));

    public override object? ToModel(JsonNode? stored, PropertyType property, ModelContext context) =>
        stored is JsonValue v && v.TryGetValue(out bool value) && value;

    public override JsonNode? ToDeliveryApi(object? model, PropertyType property, DeliveryApiContext context) =>
        JsonValue.Create(model is true);
}
