using System.Text.Json.Nodes;
using Participation.Cms.ContentTypes;

namespace Participation.Cms.PropertyEditors;

internal sealed class UrlEditor : PropertyEditor
{
    public override string Alias => "Participation.Url";

    public override ParsedValue Parse(JsonNode? input, PropertyType property)
    {
        var text = Text(input);
        if (text is null)
        {
            return ParsedValue.Empty;
        }

        return IsWebAddress(text)
            ? ParsedValue.Of(JsonValue.Create(text))
            : ParsedValue.Invalid("Anna verkko-osoite, joka alkaa https:// tai http://.");
    }

    public override object? ToModel(JsonNode? stored, PropertyType property, ModelContext context) =>
        Text(stored) is { } text && Uri.TryCreate(text, UriKind.Absolute, out var uri) ? uri : null;

    internal static bool IsWebAddress(string text) =>
        Uri.TryCreate(text, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);
}
