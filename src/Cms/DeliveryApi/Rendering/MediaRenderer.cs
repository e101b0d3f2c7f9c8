using System.Text.Json.Nodes;
using Participation.Cms.PropertyEditors;
using Participation.Cms.PublishedCache;
using Participation.Cms.Site;

namespace Participation.Cms.DeliveryApi.Rendering;

/// <summary>
/// Media items as the Media API writes them (reference 4.3, "media response"): path and dates, then the fields of
/// media with crops. Properties leave out Umbraco's own (<c>umbracoFile</c> and the like); here that leaves the alt
/// text, in the site's default culture since the Media API reads no Accept-Language.
/// </summary>
internal sealed class MediaRenderer(SiteOptions site)
{
    public JsonObject Item(MediaNode item, PublishedSnapshot snapshot, PropertyScope scope, ISet<Guid> shown)
    {
        shown.Add(item.Key);
        var file = item.File;
        var properties = new JsonObject();
        if (scope.Includes("altText"))
        {
            properties["altText"] = file?.Alt(site.DefaultCulture) is { Length: > 0 } alt ? alt : null;
        }

        return new JsonObject
        {
            ["path"] = Path(item, snapshot, shown),
            ["createDate"] = DeliveryApiContext.Date(item.CreateDate),
            ["updateDate"] = DeliveryApiContext.Date(item.UpdateDate),
            ["focalPoint"] = file?.FocalPoint is { } focal ? new JsonObject { ["left"] = focal.Left, ["top"] = focal.Top } : null,
            ["crops"] = new JsonArray(),
            ["id"] = item.Key.ToString(),
            ["name"] = item.Name,
            ["mediaType"] = item.MediaType,
            ["url"] = file?.Url ?? "",
            ["extension"] = file?.Extension,
            ["width"] = file?.Width,
            ["height"] = file?.Height,
            ["bytes"] = file?.Bytes is { } b ? (int?)Math.Min(b, int.MaxValue) : null,
            ["properties"] = properties,
        };
    }

    /// <summary>The lower-cased names from the media root down, e.g. <c>/kuvat/kokous.jpg/</c>; its folders are noted as shown.</summary>
    public static string Path(MediaNode item, PublishedSnapshot snapshot, ISet<Guid>? shown = null)
    {
        var names = new List<string> { item.Name.ToLowerInvariant() };
        for (var folder = snapshot.MediaParent(item); folder is not null; folder = snapshot.MediaParent(folder))
        {
            shown?.Add(folder.Key);
            names.Add(folder.Name.ToLowerInvariant());
        }

        names.Reverse();
        return "/" + string.Join('/', names) + "/";
    }
}
