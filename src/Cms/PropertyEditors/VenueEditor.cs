using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Participation.Cms.ContentTypes;

namespace Participation.Cms.PropertyEditors;

internal sealed class VenueEditor : PropertyEditor
{
    public override string Alias => "Participation.Venue";

    public override ParsedValue Parse(JsonNode? input, PropertyType property)
    {
        if (input is not JsonObject o)
        {
            return input is null ? ParsedValue.Empty : ParsedValue.Invalid("Paikan tiedot puuttuvat.");
        }

        string? name = Text(o["name"]), street = Text(o["street"]), postalCode = Text(o["postalCode"]), city = Text(o["city"]);
        if (postalCode is not null && (postalCode.Length != 5 || !postalCode.All(char.IsAsciiDigit)))
        {
            return ParsedValue.Invalid("Postinumerossa on viisi numeroa.");
        }

        if (!TryCoordinate(o["latitude"], 90, out var latitude) || !TryCoordinate(o["longitude"], 180, out var longitude))
        {
            return ParsedValue.Invalid("Koordinaatit ovat asteina, esimerkiksi 66.50 ja 25.73.");
        }

        if (name is null && street is null && city is null)
        {
            return ParsedValue.Empty;
        }

        return ParsedValue.Of(new JsonObject
        {
            ["name"] = name,
            ["street"] = street,
            ["postalCode"] = postalCode,
            ["city"] = city,
            ["latitude"] = latitude,
            ["longitude"] = longitude,
        });
    }

    public override object? ToModel(JsonNode? stored, PropertyType property, ModelContext context) =>
        stored is JsonObject o
            ? new Venue(Text(o["name"]), Text(o["street"]), Text(o["postalCode"]), Text(o["city"]), (double?)o["latitude"], (double?)o["longitude"])
            : null;

    private static bool TryCoordinate(JsonNode? node, double limit, out double? value)
    {
        value = null;
        if (node is JsonValue v && v.GetValueKind() == JsonValueKind.Number)
        {
            value = v.GetValue<double>();
        }
        else if (Text(node) is { } text)
        {
            if (!double.TryParse(text.Replace(',', '.'), NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed))
            {
                return false;
            }

            value = parsed;
        }

        return value is null || Math.Abs(value.Value) <= limit;
    }
}
