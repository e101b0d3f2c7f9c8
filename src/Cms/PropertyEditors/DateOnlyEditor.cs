using System.Globalization;
using System.Text.Json.Nodes;
using Participation.Cms.ContentTypes;

namespace Participation.Cms.PropertyEditors;

internal sealed class DateOnlyEditor : PropertyEditor
{
    private static readonly string[] Formats = ["yyyy-MM-dd", "d.M.yyyy"];

    public override string Alias => "Umbraco.DateOnly";

    public override ParsedValue Parse(JsonNode? input, PropertyType property)
    {
        if (Text(input) is not { } text)
        {
            return ParsedValue.Empty;
        }

        return DateOnly.TryParseExact(text, Formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? ParsedValue.Of(JsonValue.Create(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)))
            : ParsedValue.Invalid("Anna päivämäärä muodossa 31.12.2026.");
    }

    public override object? ToModel(JsonNode? stored, PropertyType property, ModelContext context) =>
        Text(stored) is { } text && DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : null;
}
