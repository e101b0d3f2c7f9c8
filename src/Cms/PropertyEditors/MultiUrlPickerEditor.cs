using System.Text.Json.Nodes;
using Participation.Cms.ContentTypes;

namespace Participation.Cms.PropertyEditors;

internal sealed class MultiUrlPickerEditor : PropertyEditor
{
    public override string Alias => "Umbraco.MultiUrlPicker";

    public override ParsedValue Parse(JsonNode? input, PropertyType property)
    {
        var links = new JsonArray();
        foreach (var item in Items(input).OfType<JsonObject>())
        {
            var url = Text(item["url"]);
            var contentKey = Text(item["contentKey"]);
            if (url is null && contentKey is null)
            {
                continue;
            }

            if (url is not null && !IsSafeUrl(url))
            {
                return ParsedValue.Invalid($"Linkin osoite '{url}' ei kelpaa: käytä https://, mailto: tai tel: -osoitetta.");
            }

            if (contentKey is not null && !Guid.TryParse(contentKey, out _))
            {
                return ParsedValue.Invalid($"'{contentKey}' ei ole sisällön tunniste.");
            }

            var target = Text(item["target"]);
            links.Add(new JsonObject
            {
                ["title"] = Text(item["title"]),
                ["url"] = url,
                ["target"] = target == "_blank" ? "_blank" : null,
                ["contentKey"] = contentKey,
            });
        }

        return links.Count == 0 ? ParsedValue.Empty : ParsedValue.Of(links);
    }

    public override object? ToModel(JsonNode? stored, PropertyType property, ModelContext context) =>
        Items(stored).OfType<JsonObject>()
            .Select(o => new Link(Text(o["title"]), Text(o["url"]), Text(o["target"]), Guid.TryParse(Text(o["contentKey"]), out var k) ? k : null))
            .ToArray();

    private static bool IsSafeUrl(string url) =>
        url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal)
        || Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" or "mailto" or "tel";
}
