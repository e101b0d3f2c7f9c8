using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Participation.Cms.ContentTypes;
using Participation.Cms.Text;

namespace Participation.Cms.PropertyEditors;

internal sealed class IntegerEditor(EngineText text) : PropertyEditor
{
    public override string Alias => "Umbraco.Integer";

    public override QueryValueKind? QueryKind => QueryValueKind.Number;

    public override string EditView => View("Integer");

    public override ParsedValue Parse(JsonNode? input, PropertyType property)
    {
        long number;
        if (input is JsonValue v && v.GetValueKind() == JsonValueKind.Number)
        {
            // From the text of the number: TryGetValue<long> refuses a value made in code from an int.
            if (!long.TryParse(v.ToJsonString(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out number))
            {
                return ParsedValue.Invalid(text["editor.integer.invalid"]);
            }
        }
        else if (Text(input) is not { } typed)
        {
            return ParsedValue.Empty;
        }
        else if (!long.TryParse(typed.Replace(" ", "", StringComparison.Ordinal), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out number))
        {
            return ParsedValue.Invalid(text["editor.integer.invalid"]);
        }

        var min = ConfigNumber(property, "min") ?? int.MinValue;
        var max = ConfigNumber(property, "max") ?? int.MaxValue;
        if (number < min || number > max)
        {
            return ParsedValue.Invalid(text.Format("editor.integer.outOfRange", min, max));
        }

        return ParsedValue.Of(JsonValue.Create((int)number));
    }

    public override object? ToModel(JsonNode? stored, PropertyType property, ModelContext context) =>
        stored is JsonValue v && v.TryGetValue(out int number) ? number : null;

    public override JsonNode? ToDeliveryApi(object? model, PropertyType property, DeliveryApiContext context) =>
        model is int number ? JsonValue.Create(number) : null;
}
