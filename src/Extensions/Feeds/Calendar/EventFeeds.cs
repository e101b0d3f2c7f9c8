using Microsoft.Extensions.Options;
using Participation.Cms.PublishedCache;
using Participation.Cms.Site;
using Participation.Extensions.Registration;
using Participation.Extensions.Sharing;

namespace Participation.Extensions.Feeds.Calendar;

/// <summary>The upcoming events calendar (all, per project, per municipality) and one event's .ics, cached per change.</summary>
internal sealed class EventFeeds(FeedCache cache, EventCalendar calendar, SiteOptions site, IOptions<FeedsOptions> options, TimeProvider clock)
{
    private const string ContentType = "text/calendar; charset=utf-8";

    public string PathOf(string culture) => $"{site.UrlPrefix(culture)}/feeds/events.ics";

    /// <summary>One event's .ics, in the page's language.</summary>
    public string EventPathOf(Guid key, string culture) => $"/feeds/events/{key}.ics" + (culture == site.DefaultCulture ? "" : "?lang=" + culture);

    /// <summary>Null when the project or municipality has no upcoming events (or does not exist).</summary>
    public CachedFeed? Upcoming(PublishedSnapshot snapshot, string culture, Guid? project, string? municipality)
    {
        var now = clock.GetUtcNow();
        var index = cache.Get("events", snapshot.Generation, now,
            () => UpcomingEvents.Build(snapshot, site, now, now.AddDays(options.Value.EventDaysAhead)), e => (e.Generation, e.ValidUntil));
        IReadOnlyList<EventSchedule> events;
        string? about;
        if (project is { } key)
        {
            events = index.ByProject.GetValueOrDefault(key) ?? [];
            about = snapshot.GetByKey(key)?.Name(culture);
        }
        else if (municipality is not null)
        {
            events = index.ByMunicipality.GetValueOrDefault(municipality) ?? [];
            about = index.ByMunicipality.Keys.FirstOrDefault(m => string.Equals(m, municipality, StringComparison.OrdinalIgnoreCase));
        }
        else
        {
            (events, about) = (index.All, null);
        }

        if (events.Count == 0 && (project is not null || municipality is not null))
        {
            return null;
        }

        var cacheKey = $"ics|{culture}|{project}|{about?.ToLowerInvariant()}";
        return cache.Get(cacheKey, snapshot.Generation, now, () =>
        {
            var list = snapshot.OfType("events").FirstOrDefault();
            var name = (list?.Name(culture) ?? "Events") + (about is null ? "" : " – " + about) + " – " + ShareText.SiteName(snapshot, culture);
            return new CachedFeed(index.Generation, index.ValidUntil, calendar.Write(snapshot, events, culture, name, now), ContentType);
        }, f => (f.Generation, f.ValidUntil));
    }

    /// <summary>One event to add to a calendar; null when it is not a published event with a time.</summary>
    public CachedFeed? One(PublishedSnapshot snapshot, Guid key, string culture)
    {
        if (snapshot.GetByKey(key) is not { ContentTypeAlias: EventSchedule.ContentType } item || EventSchedule.Of(item, site) is not { Start: not null } schedule)
        {
            return null;
        }

        var now = clock.GetUtcNow();
        return cache.Get($"ics-one|{culture}|{key}", snapshot.Generation, now,
            () => new CachedFeed(snapshot.Generation, DateTimeOffset.MaxValue, calendar.Write(snapshot, [schedule], culture, item.Name(item.IsRoutable(culture) ? culture : site.DefaultCulture), now), ContentType),
            f => (f.Generation, f.ValidUntil));
    }
}
