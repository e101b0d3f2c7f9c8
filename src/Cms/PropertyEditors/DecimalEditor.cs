using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Participation.Cms.ContentTypes;

namespace Participation.Cms.PropertyEditors;

internal sealed class DecimalEditor : PropertyEditor
{
    public override string Alias => "Umbraco.Decimal";

    public override ParsedValue Parse(JsonNode? input, PropertyType property)
    {
        if (input is JsonValue v && v.GetValueKind() == JsonValueKind.Number && v.TryGetValue(out decimal number))
        {
            return ParsedValue.Of(JsonValue.Create(number));
        }

        if (Text(input) is not { } text)
        {
            return ParsedValue.Empty;
        }

        // Finnish editors type a decimal comma.
        return decimal.TryParse(text.Replace(',', '.'), NumberStyles.Number, CultureInfo.InvariantCulture, out number)
            ? ParsedValue.Of(JsonValue.Create(number))
            : ParsedValue.Invalid("Anna luku, esimerkiksi 12,5.");
    }

    public override object? ToModel(JsonNode? stored, PropertyType property, ModelContext context) =>
        stored is JsonValue v && v.TryGetValue(out decimal number) ? number : null;
}
