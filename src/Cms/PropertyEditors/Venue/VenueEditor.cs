using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Participation.Cms.ContentTypes;
using Participation.Cms.Text;

namespace Participation.Cms.PropertyEditors;

internal sealed class VenueEditor(EngineText text) : PropertyEditor
{
    /// <summary>The parts of a venue with the browser's autofill hint for each.</summary>
    internal static readonly (string Part, string Autocomplete)[] Parts =
        [("name", "off"), ("street", "street-address"), ("postalCode", "postal-code"), ("city", "address-level2"), ("latitude", "off"), ("longitude", "off")];

    public override string Alias => "Participation.Venue";

    public override string EditView => View("Venue");

    public override bool EditsAsGroup => true;

    public override ParsedValue Parse(JsonNode? input, PropertyType property)
    {
        if (input is not JsonObject o)
        {
            return input is null ? ParsedValue.Empty : ParsedValue.Invalid(text["editor.venue.missing"]);
        }

        string? name = Text(o["name"]), street = Text(o["street"]), postalCode = Text(o["postalCode"]), city = Text(o["city"]);
        if (postalCode is not null && (postalCode.Length != 5 || !postalCode.All(char.IsAsciiDigit)))
        {
            return ParsedValue.Invalid(text["editor.venue.postalCode"]);
        }

        if (!TryCoordinate(o["latitude"], 90, out var latitude) || !TryCoordinate(o["longitude"], 180, out var longitude))
        {
            return ParsedValue.Invalid(text["editor.venue.coordinates"]);
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

    public override ParsedValue ReadForm(IFormCollection form, string name, PropertyType property)
    {
        var venue = new JsonObject();
        foreach (var (part, _) in Parts)
        {
            venue[part] = form[$"{name}.{part}"].ToString();
        }

        return ParsedValue.Of(venue);
    }

    public override object? ToModel(JsonNode? stored, PropertyType property, ModelContext context) => FromJson(stored);

    public override JsonNode? ToDeliveryApi(object? model, PropertyType property, DeliveryApiContext context) =>
        model is Venue v
            ? new JsonObject
            {
                ["name"] = v.Name,
                ["street"] = v.Street,
                ["postalCode"] = v.PostalCode,
                ["city"] = v.City,
                ["latitude"] = v.Latitude,
                ["longitude"] = v.Longitude,
            }
            : null;

    /// <summary>The place's name and address: residents search for "Kylätalo" or the street they live on.</summary>
    public override string? ToSearchText(JsonNode? stored, PropertyType property) =>
        FromJson(stored) is { } v ? PlainText.Collapse($"{v.Name} {v.AddressLine}") : null;

    private static Venue? FromJson(JsonNode? stored) =>
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
        else if (Text(node) is { } typed)
        {
            if (!double.TryParse(typed.Replace(',', '.'), NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed))
            {
                return false;
            }

            value = parsed;
        }

        return value is null || Math.Abs(value.Value) <= limit;
    }
}
