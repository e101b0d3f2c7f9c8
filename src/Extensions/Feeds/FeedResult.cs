using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Participation.Extensions.Feeds;

/// <summary>A cached feed as a response: its bytes, an ETag for conditional requests and a short client lifetime.</summary>
internal static class FeedResult
{
    public static IResult From(HttpContext http, CachedFeed feed)
    {
        var options = http.RequestServices.GetRequiredService<IOptions<FeedsOptions>>().Value;
        http.Response.Headers.CacheControl = $"public, max-age={(int)options.ClientMaxAge.TotalSeconds}";
        http.Response.Headers.ETag = feed.ETag;
        if (http.Request.Headers.IfNoneMatch == feed.ETag)
        {
            return Results.StatusCode(StatusCodes.Status304NotModified);
        }

        return Results.Bytes(feed.Body, feed.ContentType);
    }
}
