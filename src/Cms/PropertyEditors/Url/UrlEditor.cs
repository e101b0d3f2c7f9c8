using System.Text.Json.Nodes;
using Participation.Cms.ContentTypes;
using Participation.Cms.Text;

namespace Participation.Cms.PropertyEditors;

internal sealed class UrlEditor(EngineText text) : PropertyEditor
{
    public override string Alias => "Participation.Url";

    public override string EditView => View("Url");

    public override ParsedValue Parse(JsonNode? input, PropertyType property)
    {
        var value = Text(input);
        if (value is null)
        {
            return ParsedValue.Empty;
        }

        return IsWebAddress(value)
            ? ParsedValue.Of(JsonValue.Create(value))
            : ParsedValue.Invalid(text["editor.url.invalid"]);
    }

    public override object? ToModel(JsonNode? stored, PropertyType property, ModelContext context) =>
        Text(stored) is { } value && Uri.TryCreate(value, UriKind.Absolute, out var uri) ? uri : null;

    public override JsonNode? ToDeliveryApi(object? model, PropertyType property, DeliveryApiContext context) =>
        model is Uri uri ? JsonValue.Create(uri.OriginalString) : null;

    internal static bool IsWebAddress(string text) =>
        Uri.TryCreate(text, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);
}
