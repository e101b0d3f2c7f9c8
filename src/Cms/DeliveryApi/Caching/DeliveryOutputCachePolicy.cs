using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;

namespace Participation.Cms.DeliveryApi.Caching;

/// <summary>
/// The server-side output cache of the Delivery API (Umbraco's <c>DeliveryApi:OutputCache</c>). Only public answers
/// are stored: never a preview, never a request that needed the API key, never an error. Entries vary by the query
/// string and the culture and start-item headers, and carry tags (the keys they show, their ancestors) that
/// <see cref="EvictDeliveryCacheOnContentChange"/> evicts the moment a change is applied on this node.
/// </summary>
internal sealed class DeliveryOutputCachePolicy(bool media) : IOutputCachePolicy
{
    public const string QueryTag = "delivery:query";
    public const string AllTag = "delivery";

    public static readonly DeliveryOutputCachePolicy Content = new(media: false);

    public static readonly DeliveryOutputCachePolicy Media = new(media: true);

    public static string KeyTag(Guid key) => $"delivery:{key:N}";

    /// <summary>Adds tags to the answer being written, if it is being cached at all.</summary>
    public static void Tag(HttpContext http, IEnumerable<string> tags)
    {
        if (http.Features.Get<IOutputCacheFeature>()?.Context is { } context)
        {
            context.Tags.UnionWith(tags);
        }
    }

    public static void DoNotStore(HttpContext http)
    {
        if (http.Features.Get<IOutputCacheFeature>()?.Context is { } context)
        {
            context.AllowCacheStorage = false;
        }
    }

    public ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var options = context.HttpContext.RequestServices.GetRequiredService<IOptions<DeliveryApiOptions>>().Value;
        var request = context.HttpContext.Request;
        var attempt = options.OutputCache.Enabled && options.Enabled && options.PublicAccess
            && (!media || options.Media.PublicAccess)
            && (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))
            && !request.Headers.ContainsKey("Preview");
        context.EnableOutputCaching = attempt;
        context.AllowCacheLookup = attempt;
        context.AllowCacheStorage = attempt;
        context.AllowLocking = true;
        // The raw query string, not QueryKeys "*": that key sorts repeated values, so sort=a&sort=b and sort=b&sort=a
        // (different orders) would share an entry.
        context.CacheVaryByRules.VaryByValues["query"] = request.QueryString.Value ?? "";
        context.CacheVaryByRules.HeaderNames = media ? new StringValues("Start-Item") : new StringValues(["Accept-Language", "Start-Item"]);
        context.ResponseExpirationTimeSpan = media ? options.OutputCache.MediaDuration : options.OutputCache.ContentDuration;
        context.Tags.Add(AllTag);
        return ValueTask.CompletedTask;
    }

    public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

    public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        // A 404 is not stored: nothing would evict it when the item is published.
        if (context.HttpContext.Response.StatusCode != StatusCodes.Status200OK)
        {
            context.AllowCacheStorage = false;
        }

        return ValueTask.CompletedTask;
    }
}
