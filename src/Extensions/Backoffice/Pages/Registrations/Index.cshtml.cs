using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Participation.Cms.PublishedCache;
using Participation.Cms.Site;
using Participation.Extensions.Persistence;
using Participation.Extensions.Registration;
using Participation.Extensions.Registration.Seats;

namespace Participation.Extensions.Backoffice.Pages.Registrations;

/// <summary>The published events, upcoming first, each with seats taken and people waiting.</summary>
public sealed class IndexModel(PublishedSnapshotService snapshots, ExtensionsDatabase database, SiteOptions site, TimeProvider clock) : PageModel
{
    public IReadOnlyList<(PublishedContent Item, EventSchedule Schedule, EventSeats? Seats)> Upcoming { get; private set; } = [];

    public IReadOnlyList<(PublishedContent Item, EventSchedule Schedule, EventSeats? Seats)> Past { get; private set; } = [];

    public async Task OnGetAsync()
    {
        var now = clock.GetUtcNow();
        var events = snapshots.Current.OfType(EventSchedule.ContentType).Select(e => (Item: e, Schedule: EventSchedule.Of(e, site))).ToList();
        var keys = events.Select(e => e.Item.Key).ToList();
        await using var db = database.CreateContext();
        var seats = await db.Set<EventSeats>().AsNoTracking().Where(s => keys.Contains(s.EventKey)).ToDictionaryAsync(s => s.EventKey, HttpContext.RequestAborted);
        var rows = events.Select(e => (e.Item, e.Schedule, seats.GetValueOrDefault(e.Item.Key))).ToList();
        Upcoming = rows.Where(r => !EventSchedule.IsPast(r.Item, site.DefaultCulture, now))
            .OrderBy(r => r.Schedule.Start is null).ThenBy(r => r.Schedule.Start).ToList();
        Past = rows.Where(r => EventSchedule.IsPast(r.Item, site.DefaultCulture, now)).OrderByDescending(r => r.Schedule.Start).Take(50).ToList();
    }
}
