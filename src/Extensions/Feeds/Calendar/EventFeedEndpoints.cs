using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Participation.Cms.PublishedCache;
using Participation.Cms.Site;

namespace Participation.Extensions.Feeds.Calendar;

/// <summary>
/// <c>/feeds/events.ics</c> (also under <c>/sv/</c>, <c>/en/</c>) with <c>?project={key}</c> or <c>?municipality=</c>,
/// and <c>/feeds/events/{key}.ics</c> for one event.
/// </summary>
internal static class EventFeedEndpoints
{
    public static IEndpointRouteBuilder MapEventFeeds(this IEndpointRouteBuilder app)
    {
        app.MapMethods("/feeds/events.ics", [HttpMethods.Get, HttpMethods.Head], (HttpContext http, SiteOptions site, PublishedSnapshotService snapshots, EventFeeds feeds) =>
            Upcoming(site.DefaultCulture, http, site, snapshots, feeds)).ExcludeFromDescription();
        app.MapMethods("/{culture}/feeds/events.ics", [HttpMethods.Get, HttpMethods.Head], (string culture, HttpContext http, SiteOptions site, PublishedSnapshotService snapshots, EventFeeds feeds) =>
            culture == site.DefaultCulture || !site.Cultures.Contains(culture) ? Results.NotFound() : Upcoming(culture, http, site, snapshots, feeds)).ExcludeFromDescription();
        app.MapMethods("/feeds/events/{key}.ics", [HttpMethods.Get, HttpMethods.Head], (string key, HttpContext http, SiteOptions site, PublishedSnapshotService snapshots, EventFeeds feeds) =>
        {
            if (!Guid.TryParse(key, out var eventKey))
            {
                return TypedResults.Problem("The event is named by its key, a GUID.", statusCode: StatusCodes.Status400BadRequest, title: "Invalid event key");
            }

            var culture = Culture(http, site);
            if (culture is null)
            {
                return BadCulture(site);
            }

            http.Response.Headers.ContentDisposition = $"attachment; filename=\"{eventKey:N}.ics\"";
            return feeds.One(snapshots.Current, eventKey, culture) is { } feed ? FeedResult.From(http, feed) : Results.NotFound();
        }).ExcludeFromDescription();
        return app;
    }

    private static IResult Upcoming(string culture, HttpContext http, SiteOptions site, PublishedSnapshotService snapshots, EventFeeds feeds)
    {
        var query = http.Request.Query;
        if (query["project"].Count > 1 || query["municipality"].Count > 1 || (query["project"].Count == 1 && query["municipality"].Count == 1))
        {
            return TypedResults.Problem("Give at most one of project and municipality, once.", statusCode: StatusCodes.Status400BadRequest, title: "Invalid calendar filter");
        }

        Guid? project = null;
        if (query["project"].Count == 1)
        {
            if (!Guid.TryParse(query["project"], out var key))
            {
                return TypedResults.Problem("project is a project's key, a GUID.", statusCode: StatusCodes.Status400BadRequest, title: "Invalid project");
            }

            project = key;
        }

        var municipality = query["municipality"].Count == 1 ? query["municipality"].ToString() : null;
        if (municipality is { Length: 0 or > 100 })
        {
            return TypedResults.Problem("municipality is a name of 1 to 100 characters.", statusCode: StatusCodes.Status400BadRequest, title: "Invalid municipality");
        }

        return feeds.Upcoming(snapshots.Current, culture, project, municipality) is { } feed ? FeedResult.From(http, feed) : Results.NotFound();
    }

    private static string? Culture(HttpContext http, SiteOptions site) =>
        http.Request.Query["lang"].ToString() is { Length: > 0 } lang ? site.Cultures.FirstOrDefault(c => c == lang) : site.DefaultCulture;

    private static IResult BadCulture(SiteOptions site) =>
        TypedResults.Problem($"lang must be one of {string.Join(", ", site.Cultures)}.", statusCode: StatusCodes.Status400BadRequest, title: "Invalid language");
}
