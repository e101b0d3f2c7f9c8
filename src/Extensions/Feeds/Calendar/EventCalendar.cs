using System.Globalization;
using System.Text;
using Participation.Cms.PublishedCache;
using Participation.Cms.Site;
using Participation.Extensions.Calendar;
using Participation.Extensions.Registration;
using Participation.Extensions.Sharing;

namespace Participation.Extensions.Feeds.Calendar;

/// <summary>
/// Events as iCalendar (RFC 5545) to subscribe to or to add one at a time: wall-clock times with the site's VTIMEZONE,
/// so a calendar shows 17.30 in Helsinki on both sides of a clock change, and one UID per event that never changes.
/// </summary>
internal sealed class EventCalendar(SiteOptions site, ShareCards cards)
{
    public byte[] Write(PublishedSnapshot snapshot, IReadOnlyList<EventSchedule> events, string culture, string calendarName, DateTimeOffset now)
    {
        var zone = site.Zone;
        var ics = new IcsWriter()
            .Line("BEGIN", "VCALENDAR")
            .Line("VERSION", "2.0")
            .Line("PRODID", "-//Participation.Site//Events//" + culture.ToUpperInvariant())
            .Line("CALSCALE", "GREGORIAN")
            .Line("METHOD", "PUBLISH")
            .Text("X-WR-CALNAME", calendarName)
            .Line("X-WR-TIMEZONE", zone.Id)
            .Line("REFRESH-INTERVAL;VALUE=DURATION", "PT1H");
        var from = events.Count == 0 ? now.UtcDateTime : events.Min(e => e.Start!.Value.UtcDateTime);
        var to = events.Count == 0 ? now.UtcDateTime.AddDays(1) : events.Max(e => e.EndsOr(now).UtcDateTime).AddDays(1);
        IcsTimeZone.Write(ics, zone, from.AddDays(-1), to);
        foreach (var schedule in events)
        {
            if (snapshot.GetByKey(schedule.Key) is { } item)
            {
                Event(ics, snapshot, item, schedule, culture, now);
            }
        }

        return Encoding.UTF8.GetBytes(ics.Line("END", "VCALENDAR").ToString());
    }

    private void Event(IcsWriter ics, PublishedSnapshot snapshot, PublishedContent item, EventSchedule schedule, string culture, DateTimeOffset now)
    {
        var zone = site.Zone;
        var shown = item.IsRoutable(culture) ? culture : site.DefaultCulture;
        ics.Line("BEGIN", "VEVENT")
            .Line("UID", $"{item.Key:N}@{site.PublicBaseUrl.Host}")
            .Utc("DTSTAMP", DateTime.SpecifyKind(item.UpdateDate, DateTimeKind.Utc))
            .Utc("LAST-MODIFIED", DateTime.SpecifyKind(item.UpdateDate, DateTimeKind.Utc))
            .Local("DTSTART", zone.Id, TimeZoneInfo.ConvertTime(schedule.Start!.Value, zone).DateTime)
            .Local("DTEND", zone.Id, TimeZoneInfo.ConvertTime(schedule.EndsOr(now), zone).DateTime)
            .Text("SUMMARY", item.Name(shown))
            .Text("DESCRIPTION", ShareText.Description(item, snapshot, shown, ShareText.SiteName(snapshot, shown)));
        if (item.Url(shown) is { } url)
        {
            ics.Line("URL", cards.Absolute(url));
        }

        if (!schedule.ToBeAnnounced && schedule.Venue is { } venue)
        {
            ics.Text("LOCATION", string.Join(", ", new[] { venue.Name, venue.AddressLine }.Where(p => !string.IsNullOrWhiteSpace(p))));
            if (venue is { Latitude: { } lat, Longitude: { } lon })
            {
                ics.Line("GEO", string.Create(CultureInfo.InvariantCulture, $"{lat:0.######};{lon:0.######}"));
            }
        }

        ics.Line("STATUS", schedule.ToBeAnnounced ? "TENTATIVE" : "CONFIRMED").Line("TRANSP", "OPAQUE").Line("END", "VEVENT");
    }
}
