using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Participation.Cms.ContentTypes;
using Participation.Cms.Text;

namespace Participation.Cms.PropertyEditors;

internal sealed class MultiUrlPickerEditor(EngineText text) : PropertyEditor
{
    public override string Alias => "Umbraco.MultiUrlPicker";

    public override string EditView => View("MultiUrlPicker");

    public override bool EditsAsGroup => true;

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
                return ParsedValue.Invalid(text.Format("editor.multiUrlPicker.unsafeUrl", url));
            }

            if (contentKey is not null && !Guid.TryParse(contentKey, out _))
            {
                return ParsedValue.Invalid(text.Format("editor.contentPicker.invalidKey", contentKey));
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

    /// <summary>The form posts parallel lists of titles and addresses; blank rows are dropped by <see cref="Parse"/>.</summary>
    public override ParsedValue ReadForm(IFormCollection form, string name, PropertyType property)
    {
        var titles = form[$"{name}.title"];
        var urls = form[$"{name}.url"];
        return ParsedValue.Of(new JsonArray(urls.Select((url, i) => (JsonNode?)new JsonObject { ["title"] = titles.ElementAtOrDefault(i), ["url"] = url }).ToArray()));
    }

    public override object? ToModel(JsonNode? stored, PropertyType property, ModelContext context) =>
        Items(stored).OfType<JsonObject>()
            .Select(o => new Link(Text(o["title"]), Text(o["url"]), Text(o["target"]), Guid.TryParse(Text(o["contentKey"]), out var k) ? k : null))
            .ToArray();

    /// <summary>Always an array of links (reference 4.3); a link to content that is not published drops out.</summary>
    public override JsonNode? ToDeliveryApi(object? model, PropertyType property, DeliveryApiContext context) =>
        new JsonArray((model as Link[] ?? []).Select(link => ToApiLink(link, context)).OfType<JsonNode>().ToArray());

    public override string? ToSearchText(JsonNode? stored, PropertyType property) =>
        string.Join(' ', Items(stored).OfType<JsonObject>().Select(o => Text(o["title"])).OfType<string>()) is { Length: > 0 } s ? s : null;

    /// <summary>The rows the form shows: the links so far and two empty ones to add more.</summary>
    internal static IReadOnlyList<(string Title, string Url)> Rows(JsonNode? value) =>
        Items(value).OfType<JsonObject>().Select(o => (AsString(o["title"]) ?? "", AsString(o["url"]) ?? ""))
            .Concat(Enumerable.Repeat(("", ""), 2)).ToList();

    private static JsonObject? ToApiLink(Link link, DeliveryApiContext context)
    {
        if (link.ContentKey is { } key)
        {
            if (context.Content(key) is not { } content)
            {
                return null;
            }

            return ApiLink(null, link.Title ?? content.Name(context.Culture), link.Target, key.ToString(), content.ContentTypeAlias, context.Route(content, context.Culture), "Content");
        }

        return link.Url is null ? null : ApiLink(link.Url, link.Title, link.Target, null, null, null, "External");
    }

    private static JsonObject ApiLink(string? url, string? title, string? target, string? destinationId, string? destinationType, JsonObject? route, string linkType) => new()
    {
        ["url"] = url,
        ["queryString"] = null,
        ["title"] = title,
        ["target"] = target,
        ["destinationId"] = destinationId,
        ["destinationType"] = destinationType,
        ["route"] = route,
        ["linkType"] = linkType,
    };

    private static bool IsSafeUrl(string url) =>
        url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal)
        || Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" or "mailto" or "tel";
}
