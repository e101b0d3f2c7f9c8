using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Participation.Cms.PublishedCache;
using Participation.Cms.Site;

namespace Participation.Extensions.Feeds.Syndication;

/// <summary><c>/feeds/{news|blog}.{rss|atom}</c>, under <c>/sv/</c> and <c>/en/</c> for the other cultures, with <c>?tag=</c> for one topic.</summary>
internal static class FeedEndpoints
{
    private const int MaxTagLength = 100;

    public static IEndpointRouteBuilder MapArticleFeeds(this IEndpointRouteBuilder app)
    {
        app.MapMethods("/feeds/{list}.{format}", [HttpMethods.Get, HttpMethods.Head], (string list, string format, HttpContext http, SiteOptions site, PublishedSnapshotService snapshots, ArticleFeeds feeds) =>
            Serve(site.DefaultCulture, list, format, http, site, snapshots, feeds)).ExcludeFromDescription();
        app.MapMethods("/{culture}/feeds/{list}.{format}", [HttpMethods.Get, HttpMethods.Head], (string culture, string list, string format, HttpContext http, SiteOptions site, PublishedSnapshotService snapshots, ArticleFeeds feeds) =>
            culture == site.DefaultCulture ? Results.NotFound() : Serve(culture, list, format, http, site, snapshots, feeds)).ExcludeFromDescription();
        return app;
    }

    private static IResult Serve(string culture, string list, string format, HttpContext http, SiteOptions site, PublishedSnapshotService snapshots, ArticleFeeds feeds)
    {
        if (!site.Cultures.Contains(culture) || ArticleList.Named(list) is not { } kind || format is not (ArticleFeeds.Rss or ArticleFeeds.Atom))
        {
            return Results.NotFound();
        }

        var tags = http.Request.Query["tag"];
        if (tags.Count > 1 || (tags.Count == 1 && (string.IsNullOrWhiteSpace(tags[0]) || tags[0]!.Length > MaxTagLength)))
        {
            return TypedResults.Problem($"tag must be given once, 1 to {MaxTagLength} characters.", statusCode: StatusCodes.Status400BadRequest, title: "Invalid tag");
        }

        var feed = feeds.Get(snapshots.Current, kind, format, culture, tags.Count == 1 ? tags[0] : null);
        return feed is null ? Results.NotFound() : FeedResult.From(http, feed);
    }
}
