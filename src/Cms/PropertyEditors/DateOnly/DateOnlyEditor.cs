using System.Globalization;
using System.Text.Json.Nodes;
using Participation.Cms.ContentTypes;
using Participation.Cms.DataPackage;
using Participation.Cms.Site;
using Participation.Cms.Text;

namespace Participation.Cms.PropertyEditors;

internal sealed class DateOnlyEditor(EngineText text, SiteOptions site) : PropertyEditor
{
    private static readonly string[] Formats = ["yyyy-MM-dd", "d.M.yyyy"];

    public override string Alias => "Umbraco.DateOnly";

    public override QueryValueKind? QueryKind => QueryValueKind.Day;

    public override string EditView => View("DateOnly");

    public override ParsedValue Parse(JsonNode? input, PropertyType property)
    {
        if (Text(input) is not { } typed)
        {
            return ParsedValue.Empty;
        }

        return DateOnly.TryParseExact(typed, Formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? ParsedValue.Of(JsonValue.Create(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)))
            : ParsedValue.Invalid(text["editor.dateOnly.invalid"]);
    }

    public override object? ToModel(JsonNode? stored, PropertyType property, ModelContext context) =>
        Text(stored) is { } value && DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : null;

    public override JsonNode? ToDeliveryApi(object? model, PropertyType property, DeliveryApiContext context) =>
        model is DateOnly date ? JsonValue.Create(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)) : null;

    /// <summary>Data packages may say "@today+7" so demo events stay in the future; it is resolved on import.</summary>
    public override JsonNode? FromDataPackage(JsonNode? value, PropertyType property, DateTimeOffset now) =>
        Text(value) is { } typed && RelativeDate.IsRelative(typed)
            ? JsonValue.Create(RelativeDate.Resolve(typed, now, DateTimeEditor.Zone(property, site), dateOnly: true))
            : value;
}
