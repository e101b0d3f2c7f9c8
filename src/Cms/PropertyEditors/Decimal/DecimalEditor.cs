using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Participation.Cms.ContentTypes;
using Participation.Cms.Text;

namespace Participation.Cms.PropertyEditors;

internal sealed class DecimalEditor(EngineText text) : PropertyEditor
{
    public override string Alias => "Umbraco.Decimal";

    public override QueryValueKind? QueryKind => QueryValueKind.Number;

    public override string EditView => View("Decimal");

    public override ParsedValue Parse(JsonNode? input, PropertyType property)
    {
        if (input is JsonValue v && v.GetValueKind() == JsonValueKind.Number && v.TryGetValue(out decimal number))
        {
            return ParsedValue.Of(JsonValue.Create(number));
        }

        if (Text(input) is not { } typed)
        {
            return ParsedValue.Empty;
        }

        // Finnish editors type a decimal comma.
        return decimal.TryParse(typed.Replace(',', '.'), NumberStyles.Number, CultureInfo.InvariantCulture, out number)
            ? ParsedValue.Of(JsonValue.Create(number))
            : ParsedValue.Invalid(text["editor.decimal.invalid"]);
    }

    public override object? ToModel(JsonNode? stored, PropertyType property, ModelContext context) =>
        stored is JsonValue v && v.TryGetValue(out decimal number) ? number : null;

    public override JsonNode? ToDeliveryApi(object? model, PropertyType property, DeliveryApiContext context) =>
        model is decimal number ? JsonValue.Create(number) : null;
}
