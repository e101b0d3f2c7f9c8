using System.Globalization;
using System.Text.Json.Nodes;
using Participation.Cms.ContentTypes;
using Participation.Cms.DataPackage;
using Participation.Cms.Site;
using Participation.Cms.Text;

namespace Participation.Cms.PropertyEditors;

/// <summary>
/// A moment in time stored with its offset. Input without an offset (a browser's datetime-local field) is read as
/// wall-clock time in the property's zone, else the site's, so summer time is right.
/// </summary>
internal sealed class DateTimeEditor(EngineText text, SiteOptions site) : PropertyEditor
{
    private static readonly string[] LocalFormats = ["yyyy-MM-ddTHH:mm", "yyyy-MM-ddTHH:mm:ss", "yyyy-MM-dd HH:mm", "d.M.yyyy H.mm", "d.M.yyyy H:mm"];

    public override string Alias => "Umbraco.DateTime";

    public override QueryValueKind? QueryKind => QueryValueKind.Moment;

    public override string EditView => View("DateTime");

    public override ParsedValue Parse(JsonNode? input, PropertyType property)
    {
        if (Text(input) is not { } typed)
        {
            return ParsedValue.Empty;
        }

        if (HasOffset(typed) && DateTimeOffset.TryParse(typed, CultureInfo.InvariantCulture, DateTimeStyles.None, out var moment))
        {
            return ParsedValue.Of(JsonValue.Create(Format(moment)));
        }

        if (DateTime.TryParseExact(typed, LocalFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
        {
            var zone = Zone(property, site);
            return ParsedValue.Of(JsonValue.Create(Format(new DateTimeOffset(local, zone.GetUtcOffset(local)))));
        }

        return ParsedValue.Invalid(text["editor.dateTime.invalid"]);
    }

    public override object? ToModel(JsonNode? stored, PropertyType property, ModelContext context) =>
        Parsed(stored) is { } moment ? TimeZoneInfo.ConvertTime(moment, Zone(property, site)) : null;

    /// <summary>An ISO 8601 string with the offset of the zone's wall-clock time.</summary>
    public override JsonNode? ToDeliveryApi(object? model, PropertyType property, DeliveryApiContext context) =>
        model is DateTimeOffset moment ? JsonValue.Create(Format(moment)) : null;

    public override JsonNode? FromDataPackage(JsonNode? value, PropertyType property, DateTimeOffset now) =>
        Text(value) is { } typed && RelativeDate.IsRelative(typed)
            ? JsonValue.Create(RelativeDate.Resolve(typed, now, Zone(property, site), dateOnly: false))
            : value;

    /// <summary>The value of a datetime-local input: wall-clock time in the zone, without offset.</summary>
    public string LocalInput(JsonNode? stored, PropertyType property) =>
        // A form shown again after a refused save holds the typed wall-clock time, not yet given an offset: shown as typed,
        // since parsing it here would read it in the server's zone and move it by the offset on the next save.
        Text(stored) is { } typed && !HasOffset(typed) ? typed
        : Parsed(stored) is { } moment
            ? TimeZoneInfo.ConvertTime(moment, Zone(property, site)).ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture)
            : AsString(stored) ?? "";

    internal static string Format(DateTimeOffset moment) => moment.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);

    internal static TimeZoneInfo Zone(PropertyType property, SiteOptions site) =>
        (string?)property.Config["timeZone"] is { Length: > 0 } id ? TimeZoneInfo.FindSystemTimeZoneById(id) : site.Zone;

    private static DateTimeOffset? Parsed(JsonNode? stored) =>
        Text(stored) is { } value && DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.None, out var moment) ? moment : null;

    private static bool HasOffset(string text) =>
        text.EndsWith('Z') || (text.Length > 6 && text[^6] is '+' or '-' && text[^3] == ':');
}
