using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Participation.Cms.PublishedCache;
using Participation.Cms.Site;

namespace Participation.Extensions.Feeds.Sitemap;

/// <summary><c>/sitemap.xml</c> (or its index), <c>/sitemap-{n}.xml</c> and <c>/robots.txt</c>, which names the sitemap.</summary>
internal static class SitemapEndpoints
{
    public static IEndpointRouteBuilder MapSitemap(this IEndpointRouteBuilder app)
    {
        app.MapMethods("/sitemap.xml", [HttpMethods.Get, HttpMethods.Head], (HttpContext http, PublishedSnapshotService snapshots, SitemapPages sitemap) =>
            FeedResult.From(http, sitemap.Get(snapshots.Current, 0)!)).ExcludeFromDescription();
        app.MapMethods("/sitemap-{page}.xml", [HttpMethods.Get, HttpMethods.Head], (string page, HttpContext http, PublishedSnapshotService snapshots, SitemapPages sitemap) =>
            int.TryParse(page, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number > 0 && sitemap.Get(snapshots.Current, number) is { } file
                ? FeedResult.From(http, file)
                : Results.NotFound()).ExcludeFromDescription();
        app.MapMethods("/robots.txt", [HttpMethods.Get, HttpMethods.Head], (SiteOptions site) =>
            Results.Text(
                $"User-agent: *\nDisallow: /umbraco/\n\nSitemap: {new Uri(site.PublicBaseUrl, "/sitemap.xml")}\n",
                "text/plain; charset=utf-8")).ExcludeFromDescription();
        return app;
    }
}
