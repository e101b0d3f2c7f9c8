using System.Globalization;
using System.Text.Json.Nodes;
using Participation.Cms.ContentTypes;

namespace Participation.Cms.PropertyEditors;

/// <summary>
/// A moment in time stored with its offset. Input without an offset (a browser's datetime-local field)
/// is read as wall-clock time in the configured zone, Europe/Helsinki by default, so summer time is right.
/// </summary>
internal sealed class DateTimeEditor : PropertyEditor
{
    private static readonly string[] LocalFormats = ["yyyy-MM-ddTHH:mm", "yyyy-MM-ddTHH:mm:ss", "yyyy-MM-dd HH:mm", "d.M.yyyy H.mm", "d.M.yyyy H:mm"];

    public override string Alias => "Umbraco.DateTime";

    public override ParsedValue Parse(JsonNode? input, PropertyType property)
    {
        if (Text(input) is not { } text)
        {
            return ParsedValue.Empty;
        }

        if (HasOffset(text) && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var moment))
        {
            return ParsedValue.Of(JsonValue.Create(Format(moment)));
        }

        if (DateTime.TryParseExact(text, LocalFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
        {
            var zone = Zone(property);
            return ParsedValue.Of(JsonValue.Create(Format(new DateTimeOffset(local, zone.GetUtcOffset(local)))));
        }

        return ParsedValue.Invalid("Anna aika muodossa 31.12.2026 17.30.");
    }

    public override object? ToModel(JsonNode? stored, PropertyType property, ModelContext context) =>
        Text(stored) is { } text && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var moment)
            ? TimeZoneInfo.ConvertTime(moment, Zone(property))
            : null;

    internal static string Format(DateTimeOffset moment) => moment.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);

    internal static TimeZoneInfo Zone(PropertyType property) =>
        TimeZoneInfo.FindSystemTimeZoneById((string?)property.Config["timeZone"] ?? "Europe/Helsinki");

    private static bool HasOffset(string text) =>
        text.EndsWith('Z') || (text.Length > 6 && text[^6] is '+' or '-' && text[^3] == ':');
}
