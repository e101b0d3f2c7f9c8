using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Participation.Cms.DeliveryApi.Caching;
using Participation.Cms.DeliveryApi.Reference;
using Participation.Cms.DeliveryApi.Rendering;
using Participation.Cms.PublishedCache;

namespace Participation.Cms.DeliveryApi;

/// <summary>
/// <c>/umbraco/delivery/api/v2/media</c> (reference 1.2): children of a folder with <c>mediaType</c> and <c>name</c>
/// filters and four sorts, an item by key or by its path of names, several by key. Only the <c>Api-Key</c> header is
/// read. Unlike Umbraco, the first <c>sort</c> is the primary one, as on the content endpoint (section 7.7).
/// </summary>
internal static class MediaApiEndpoints
{
    private static readonly ConditionalWeakTable<PublishedSnapshot, ConcurrentDictionary<string, MediaNode[]>> Memos = [];

    public static void MapMediaApiEndpoints(this RouteGroupBuilder api)
    {
        var media = api.MapGroup("/media").CacheOutput(DeliveryOutputCachePolicy.Media).WithTags("Media");
        var key = new[] { ApiParameters.ApiKey, ApiParameters.Expand, ApiParameters.Fields };
        media.MapGet("", Query).WithName("GetMedia").Answers().WithMetadata(new ApiDoc(
            "Query media.", "The items of a media folder; a fetch is required and only children: exists, as in Umbraco.",
            [new("fetch", ApiParameterIn.Query, "children: with a folder key, a path of folder names, or / for the media root.", "children:/", Required: true),
             new("filter", ApiParameterIn.Query, "mediaType:Image (exact) or name:text (contains).", "mediaType:Image", Repeats: true),
             new("sort", ApiParameterIn.Query, "createDate, updateDate, name or sortOrder, then :asc or :desc; the first is primary.", "name:asc", Repeats: true),
             ApiParameters.Skip, ApiParameters.Take, .. key]));
        media.MapGet("/item/{id:guid}", (Guid id, HttpContext http, PublishedSnapshotService snapshots, DeliveryRequestReader reader, MediaRenderer renderer) =>
            Handle(http, reader, () => One(snapshots.Current.GetMediaNode(id), snapshots.Current, http, renderer)))
            .WithName("GetMediaItemById").Answers().WithMetadata(new ApiDoc("One media item by its key.", "Folders too.", [new("id", ApiParameterIn.Path, "The media item's key."), .. key]));
        media.MapGet("/item/{**path}", (string? path, HttpContext http, PublishedSnapshotService snapshots, DeliveryRequestReader reader, MediaRenderer renderer) =>
            Handle(http, reader, () => One(ByPath(snapshots.Current, Uri.UnescapeDataString(path ?? "")), snapshots.Current, http, renderer)))
            .WithName("GetMediaItemByPath").Answers().WithMetadata(new ApiDoc("One media item by its path.", "Folder names then the item's name, matched ignoring case.",
                [new("path", ApiParameterIn.Path, "e.g. kuvat/kokous."), .. key]));
        media.MapGet("/items", Items).WithName("GetMediaItems").Answers().WithMetadata(new ApiDoc(
            "Several media items by key.", "A bare array; unknown keys are left out.", [new("id", ApiParameterIn.Query, "A key; repeat for more.", Repeats: true), .. key]));
    }

    private static Task<IResult> Query(HttpContext http, PublishedSnapshotService snapshots, DeliveryRequestReader reader, MediaRenderer renderer, IOptions<DeliveryApiOptions> options) =>
        Handle(http, reader, () =>
        {
            var snapshot = snapshots.Current;
            var fetch = RequestQuery.Param(http, "fetch").FirstOrDefault();
            if (fetch is null || !fetch.StartsWith("children:", StringComparison.OrdinalIgnoreCase))
            {
                throw DeliveryQueryException.Selector(); // a fetch is required, and only children: exists
            }

            var filters = RequestQuery.Param(http, "filter").Where(f => !string.IsNullOrWhiteSpace(f)).Select(f => Option(f!, ["mediaType", "name"], DeliveryQueryException.Filter)).ToList();
            var sorts = RequestQuery.Param(http, "sort").Where(s => !string.IsNullOrWhiteSpace(s)).Select(s => Option(s!, ["createDate", "updateDate", "name", "sortOrder"], DeliveryQueryException.Sort)).ToList();
            var skip = RequestQuery.Skip(http);
            var take = RequestQuery.Take(http, options.Value.MaxTake);
            var scope = RequestQuery.Scope(http);
            var target = fetch["children:".Length..].Trim();
            var key = $"{target}|{string.Join('&', filters)}|{string.Join('&', sorts)}";
            var memo = Memos.GetValue(snapshot, _ => new ConcurrentDictionary<string, MediaNode[]>(StringComparer.Ordinal));
            if (!memo.TryGetValue(key, out var matches))
            {
                if (memo.Count >= 256)
                {
                    memo.Clear();
                }

                matches = memo[key] = Run(snapshot, target, filters, sorts);
            }

            var shown = new HashSet<Guid>();
            var items = new JsonArray(matches.Skip(skip).Take(take).Select(m => (JsonNode)renderer.Item(m, snapshot, scope, shown)).ToArray());
            DeliveryOutputCachePolicy.Tag(http, [DeliveryOutputCachePolicy.QueryTag]);
            return DeliveryJson.Ok(new JsonObject { ["total"] = (long)matches.Length, ["items"] = items });
        });

    private static Task<IResult> Items(HttpContext http, PublishedSnapshotService snapshots, DeliveryRequestReader reader, MediaRenderer renderer, IOptions<DeliveryApiOptions> options) =>
        Handle(http, reader, () =>
        {
            var snapshot = snapshots.Current;
            var ids = RequestQuery.Param(http, "id");
            if (ids.Count > options.Value.MaxTake)
            {
                throw new DeliveryQueryException("Too many ids", $"Ask for at most {options.Value.MaxTake} items at once.");
            }

            var scope = RequestQuery.Scope(http);
            var shown = new HashSet<Guid>();
            var items = new JsonArray(ids.Select(v => Guid.TryParse(v, out var k) ? k : Guid.Empty).Where(k => k != Guid.Empty).Distinct()
                .Select(snapshot.GetMediaNode).OfType<MediaNode>()
                .Select(m => (JsonNode)renderer.Item(m, snapshot, scope, shown)).ToArray());
            DeliveryOutputCachePolicy.Tag(http, shown.Select(DeliveryOutputCachePolicy.KeyTag));
            return DeliveryJson.Ok(items);
        });

    private static IResult One(MediaNode? item, PublishedSnapshot snapshot, HttpContext http, MediaRenderer renderer)
    {
        if (item is null)
        {
            DeliveryOutputCachePolicy.DoNotStore(http);
            return DeliveryJson.NotFound();
        }

        var shown = new HashSet<Guid>();
        var body = renderer.Item(item, snapshot, RequestQuery.Scope(http), shown);
        DeliveryOutputCachePolicy.Tag(http, shown.Select(DeliveryOutputCachePolicy.KeyTag));
        return DeliveryJson.Ok(body);
    }

    private static async Task<IResult> Handle(HttpContext http, DeliveryRequestReader reader, Func<IResult> answer)
    {
        if (!reader.MediaEnabled)
        {
            DeliveryOutputCachePolicy.DoNotStore(http);
            return DeliveryJson.NotFound();
        }

        if (!await reader.MediaAllowedAsync(http))
        {
            DeliveryOutputCachePolicy.DoNotStore(http);
            return DeliveryRequestReader.Unauthorized();
        }

        try
        {
            return answer();
        }
        catch (DeliveryQueryException error)
        {
            DeliveryOutputCachePolicy.DoNotStore(http);
            return DeliveryJson.Problem(error);
        }
    }

    /// <summary>A filter or sort is exactly two parts around a colon, and the first names a known field (as in Umbraco).</summary>
    private static string Option(string value, string[] fields, Func<DeliveryQueryException> unknown)
    {
        var parts = value.Split(':');
        return parts.Length == 2 && fields.Contains(parts[0], StringComparer.OrdinalIgnoreCase)
            ? $"{fields.First(f => f.Equals(parts[0], StringComparison.OrdinalIgnoreCase))}:{parts[1]}"
            : throw unknown();
    }

    private static MediaNode[] Run(PublishedSnapshot snapshot, string target, List<string> filters, List<string> sorts)
    {
        MediaNode? folder = null;
        if (target is not ("" or "/"))
        {
            folder = Guid.TryParse(target, out var key) ? snapshot.GetMediaNode(key) : ByPath(snapshot, target);
            if (folder is null)
            {
                return [];
            }
        }

        IEnumerable<MediaNode> items = snapshot.MediaChildren(folder);
        foreach (var filter in filters)
        {
            var value = filter[(filter.IndexOf(':') + 1)..];
            items = filter.StartsWith("mediaType:", StringComparison.Ordinal)
                ? items.Where(m => m.MediaType == value)
                : items.Where(m => m.Name.Contains(value, StringComparison.OrdinalIgnoreCase));
        }

        IOrderedEnumerable<MediaNode>? ordered = null;
        foreach (var sort in sorts)
        {
            var ascending = sort[(sort.IndexOf(':') + 1)..].StartsWith("asc", StringComparison.Ordinal);
            Func<MediaNode, IComparable> by = sort.Split(':')[0] switch
            {
                "createDate" => m => m.CreateDate,
                "updateDate" => m => m.UpdateDate,
                "sortOrder" => m => m.SortOrder,
                _ => m => m.Name.ToLowerInvariant(),
            };
            ordered = ordered is null
                ? ascending ? items.OrderBy(by) : items.OrderByDescending(by)
                : ascending ? ordered.ThenBy(by) : ordered.ThenByDescending(by);
        }

        return (ordered ?? items).ToArray();
    }

    /// <summary>Folder names then the item's, each matched ignoring case from the media root.</summary>
    private static MediaNode? ByPath(PublishedSnapshot snapshot, string path)
    {
        MediaNode? at = null;
        foreach (var name in path.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            at = snapshot.MediaChildren(at).FirstOrDefault(m => string.Equals(m.Name, name, StringComparison.OrdinalIgnoreCase));
            if (at is null)
            {
                return null;
            }
        }

        return at;
    }
}
