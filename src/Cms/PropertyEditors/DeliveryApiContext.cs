using System.Globalization;
using System.Text.Json.Nodes;
using Participation.Cms.PublishedCache;

namespace Participation.Cms.PropertyEditors;

/// <summary>
/// What an editor needs to write its Delivery API value: the requested culture, how to resolve picked content and
/// media (the caller decides from which snapshot, so preview works too), the element types and editors for blocks,
/// and where absolute URLs start. <see cref="Route"/> may be replaced by the Delivery API, which owns routing rules.
/// </summary>
public sealed record DeliveryApiContext(
    string Culture,
    Func<Guid, PublishedContent?> Content,
    Func<Guid, PublishedMedia?> Media,
    ModelContext Models,
    Uri? AbsoluteUrlBase = null)
{
    /// <summary>The <c>route</c> object of a content reference; by default its path in the culture and no start item.</summary>
    public Func<PublishedContent, string, JsonObject?> Route { get; init; } = static (content, culture) =>
        content.Url(culture) is { } path ? new JsonObject { ["path"] = path, ["startItem"] = null } : null;

    /// <summary>A site-relative URL made absolute when the context was given a base; otherwise as it is.</summary>
    public string Absolute(string url) =>
        AbsoluteUrlBase is not null && url.StartsWith('/') ? new Uri(AbsoluteUrlBase, url).ToString() : url;

    /// <summary>A content reference (section 4.3): the item's own shape without cultures, properties not expanded.</summary>
    public JsonObject? Reference(Guid key) =>
        Content(key) is not { } content || Route(content, Culture) is not { } route
            ? null
            : new JsonObject
            {
                ["contentType"] = content.ContentTypeAlias,
                ["name"] = content.Name(Culture),
                ["createDate"] = Date(content.CreateDate),
                ["updateDate"] = Date(content.UpdateDate),
                ["route"] = route,
                ["id"] = content.Key.ToString(),
                ["properties"] = new JsonObject(),
            };

    // The cache holds UTC; the reference says clients accept a Z suffix.
    private static string Date(DateTime value) =>
        DateTime.SpecifyKind(value, DateTimeKind.Utc).ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", CultureInfo.InvariantCulture);
}
