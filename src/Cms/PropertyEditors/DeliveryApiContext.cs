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

    /// <summary>Which properties to write and expand at the level being written; see <see cref="Enter"/>.</summary>
    public PropertyScope Scope { get; init; } = PropertyScope.Default;

    /// <summary>True while writing a property the request asked to expand: picked items then carry their properties.</summary>
    public bool Expanded { get; init; }

    /// <summary>Writes a picked item's properties when <see cref="Expanded"/>; set by the Delivery API, which owns the rules.</summary>
    public Func<PublishedContent, DeliveryApiContext, JsonObject>? ExpandContent { get; init; }

    /// <summary>Rich text as Umbraco's element tree (<c>DeliveryApi:RichTextOutputAsJson</c>) instead of markup.</summary>
    public bool RichTextAsJson { get; init; }

    /// <summary>The context for writing one property's value: its nested scope, and whether it is expanded.</summary>
    public DeliveryApiContext Enter(string alias) => this with { Scope = Scope.Inside(alias), Expanded = Scope.Expands(alias) };

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
                ["properties"] = Expanded && ExpandContent is not null ? ExpandContent(content, this) : new JsonObject(),
            };

    /// <summary>Dates as the Delivery API writes them. The cache holds UTC; the reference says clients accept a Z suffix.</summary>
    public static string Date(DateTime value) =>
        DateTime.SpecifyKind(value, DateTimeKind.Utc).ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", CultureInfo.InvariantCulture);
}
