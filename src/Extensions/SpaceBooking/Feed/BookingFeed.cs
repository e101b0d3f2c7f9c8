using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Participation.Cms.PropertyEditors;
using Participation.Cms.PublishedCache;
using Participation.Cms.Site;
using Participation.Extensions.Persistence;

namespace Participation.Extensions.SpaceBooking.Feed;

/// <summary>
/// <c>/tilat/{key}/varaukset.ics</c>: a space's approved bookings from a month ago to a year ahead, to subscribe to in a
/// calendar. Addressed by the space's key, not its URL, so a subscription survives a renamed page. One range of the
/// (SpaceKey, StartUtc) index and at most <see cref="SpaceBookingOptions.FeedLimit"/> events, whatever is stored.
/// </summary>
internal static class BookingFeed
{
    public const string Route = "/tilat/{key:guid}/varaukset.ics";

    public static string PathOf(Guid spaceKey) => $"/tilat/{spaceKey}/varaukset.ics";

    public static IEndpointRouteBuilder MapBookingFeed(this IEndpointRouteBuilder app)
    {
        app.MapMethods(Route, [HttpMethods.Get, HttpMethods.Head], WriteAsync).ExcludeFromDescription();
        return app;
    }

    private static async Task<IResult> WriteAsync(
        Guid key, HttpContext http, PublishedSnapshotService snapshots, SiteOptions site, ExtensionsDatabase database, BookingCalendar calendar,
        TimeProvider clock, IOptions<SpaceBookingOptions> options, CancellationToken cancellationToken)
    {
        var content = snapshots.Current.GetByKey(key);
        var culture = content is null ? null : content.IsRoutable(site.DefaultCulture) ? site.DefaultCulture : site.Cultures.FirstOrDefault(content.IsRoutable);
        if (content?.ContentTypeAlias != BookableSpace.ContentType || culture is null)
        {
            return Results.NotFound();
        }

        var space = BookableSpace.From(content, culture);
        var now = clock.GetUtcNow().UtcDateTime;
        var fromUtc = now.AddDays(-options.Value.FeedDaysBack);
        var toUtc = now.AddDays(options.Value.FeedDaysAhead);
        await using var db = database.CreateContext();
        var bookings = await db.Set<SpaceBookingRecord>().AsNoTracking()
            .Where(b => b.SpaceKey == key && b.StartUtc >= fromUtc && b.StartUtc < toUtc && b.Status == BookingStatus.Approved)
            .OrderBy(b => b.StartUtc)
            .Take(options.Value.FeedLimit)
            .Select(b => new SpaceBookingRecord { Id = b.Id, StartUtc = b.StartUtc, EndUtc = b.EndUtc, Sequence = b.Sequence, CreatedUtc = b.CreatedUtc, DecidedUtc = b.DecidedUtc })
            .ToListAsync(cancellationToken);

        var venue = content.Value<Venue>("address", culture);
        var location = venue is null ? null : string.Join(", ", new[] { venue.Name, venue.AddressLine }.Where(p => !string.IsNullOrWhiteSpace(p)));
        http.Response.Headers.CacheControl = "public, max-age=300";
        http.Response.Headers.ContentDisposition = "inline; filename=\"varaukset.ics\"";
        return Results.Text(calendar.Write(space, location, bookings, fromUtc, toUtc, culture), "text/calendar; charset=utf-8");
    }
}
