using System.Text.Json.Nodes;
using Participation.Cms.PublishedCache;
using Participation.Cms.Site;

namespace Participation.Cms.DeliveryApi;

/// <summary>
/// Routes as the Delivery API writes and reads them: a path relative to the item's root (the start item), the root
/// itself at <c>/</c>. An invariant item has one route, its default culture's, whatever culture is asked. In preview,
/// an item that was never published is at <c>/preview-{key}/</c>, as in Umbraco.
/// </summary>
internal sealed class ApiRouting(SiteOptions site)
{
    private const string PreviewPrefix = "/preview-";

    public string? Path(PublishedContent item, DeliveryRequest request)
    {
        if (request.Preview && request.Live.GetByKey(item.Key) is null)
        {
            return $"{PreviewPrefix}{item.Key}/";
        }

        return item.ContentType.VariesByCulture
            ? item.Cultures.GetValueOrDefault(request.Culture)?.Route
            : (item.Cultures.GetValueOrDefault(site.DefaultCulture) ?? item.Cultures.Values.FirstOrDefault())?.Route;
    }

    public bool IsRoutable(PublishedContent item, DeliveryRequest request) => Path(item, request) is not null;

    /// <summary>The <c>route</c> object: path and start item; null when the item has no route in the culture.</summary>
    public JsonObject? Route(PublishedContent item, DeliveryRequest request, string? culture = null)
    {
        var asked = culture is null ? request : request with { Culture = culture };
        if (Path(item, asked) is not { } path)
        {
            return null;
        }

        var root = RootOf(item, request.Snapshot);
        return new JsonObject
        {
            ["path"] = path,
            ["startItem"] = new JsonObject { ["id"] = root.Key.ToString(), ["path"] = Segment(root, asked.Culture) },
        };
    }

    /// <summary>A root by its key or its URL segment in any culture, ignoring case and slashes, as the header allows.</summary>
    public PublishedContent? StartItem(PublishedSnapshot snapshot, string header)
    {
        var value = header.Trim().Trim('/');
        if (Guid.TryParse(value, out var key))
        {
            return snapshot.GetByKey(key) is { ParentId: null } byKey ? byKey : null;
        }

        return snapshot.Roots.FirstOrDefault(r => r.Cultures.Values.Any(c => string.Equals(c.Segment, value, StringComparison.OrdinalIgnoreCase)));
    }

    /// <summary>The item at a path below the start item (the site when none is sent); <c>/preview-{key}</c> in preview.</summary>
    public PublishedContent? ByPath(string path, DeliveryRequest request)
    {
        var normalized = "/" + path.Trim('/');
        if (request.Preview && normalized.StartsWith(PreviewPrefix, StringComparison.OrdinalIgnoreCase)
            && Guid.TryParse(normalized[PreviewPrefix.Length..], out var key))
        {
            return request.Snapshot.GetByKey(key);
        }

        // Only the first root has routes (the site); a start item that is another root has nothing below it to find.
        if (request.StartItem is { } start && start.Key != request.Snapshot.Home?.Key)
        {
            return null;
        }

        var found = request.Snapshot.GetByRoute(request.Culture, normalized);
        if (found is null)
        {
            // An invariant item is routed in the default culture only.
            found = request.Snapshot.GetByRoute(site.DefaultCulture, normalized) is { ContentType.VariesByCulture: false } invariant ? invariant : null;
        }

        return found is not null && Path(found, request) is { } itemPath && string.Equals(itemPath.TrimEnd('/'), normalized.TrimEnd('/'), StringComparison.OrdinalIgnoreCase)
            ? found
            : null;
    }

    private static PublishedContent RootOf(PublishedContent item, PublishedSnapshot snapshot) => snapshot.Ancestors(item).LastOrDefault() ?? item;

    private string Segment(PublishedContent root, string culture) =>
        (root.Cultures.GetValueOrDefault(culture) ?? root.Cultures.GetValueOrDefault(site.DefaultCulture) ?? root.Cultures.Values.First()).Segment;
}
