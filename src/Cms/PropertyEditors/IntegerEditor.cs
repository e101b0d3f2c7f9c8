using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Participation.Cms.ContentTypes;

namespace Participation.Cms.PropertyEditors;

internal sealed class IntegerEditor : PropertyEditor
{
    public override string Alias => "Umbraco.Integer";

    public override ParsedValue Parse(JsonNode? input, PropertyType property)
    {
        long number;
        if (input is JsonValue v && v.GetValueKind() == JsonValueKind.Number)
        {
            if (!v.TryGetValue(out number))
            {
                return ParsedValue.Invalid("Anna kokonaisluku.");
            }
        }
        else if (Text(input) is not { } text)
        {
            return ParsedValue.Empty;
        }
        else if (!long.TryParse(text.Replace(" ", "", StringComparison.Ordinal), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out number))
        {
            return ParsedValue.Invalid("Anna kokonaisluku.");
        }

        var min = ConfigNumber(property, "min") ?? int.MinValue;
        var max = ConfigNumber(property, "max") ?? int.MaxValue;
        if (number < min || number > max)
        {
            return ParsedValue.Invalid($"Anna luku väliltä {min}–{max}.");
        }

        return ParsedValue.Of(JsonValue.Create((int)number));
    }

    public override object? ToModel(JsonNode? stored, PropertyType property, ModelContext context) =>
        stored is JsonValue v && v.TryGetValue(out int number) ? number : null;
}
