using Participation.Cms.Site;
using Participation.Extensions.Calendar;
using Participation.Extensions.Forms.Text;

namespace Participation.Extensions.SpaceBooking.Feed;

/// <summary>
/// Approved bookings of a space as iCalendar (RFC 5545): times on the site's clock with its VTIMEZONE, one UID per
/// booking that never changes (the feed and the approval mail's attachment name the same event), and nothing about who
/// booked or why.
/// </summary>
internal sealed class BookingCalendar(SiteOptions site, FormsText text)
{
    public string Write(BookableSpace space, string? location, IReadOnlyList<SpaceBookingRecord> bookings, DateTime fromUtc, DateTime toUtc, string culture, string method = "PUBLISH")
    {
        var zone = site.Zone;
        var ics = new IcsWriter()
            .Line("BEGIN", "VCALENDAR")
            .Line("VERSION", "2.0")
            .Line("PRODID", "-//Participation.Site//Space bookings//" + culture.ToUpperInvariant())
            .Line("CALSCALE", "GREGORIAN")
            .Line("METHOD", method)
            .Text("X-WR-CALNAME", space.Name)
            .Line("X-WR-TIMEZONE", zone.Id)
            .Line("REFRESH-INTERVAL;VALUE=DURATION", "PT1H");
        IcsTimeZone.Write(ics, zone, fromUtc, toUtc);
        var summary = text.Format(culture, "booking.ics.summary", space.Name);
        foreach (var booking in bookings)
        {
            ics.Line("BEGIN", "VEVENT")
                .Line("UID", Uid(booking))
                .Utc("DTSTAMP", booking.DecidedUtc ?? booking.CreatedUtc)
                .Line("SEQUENCE", booking.Sequence.ToString(System.Globalization.CultureInfo.InvariantCulture))
                .Local("DTSTART", zone.Id, TimeZoneInfo.ConvertTimeFromUtc(Utc(booking.StartUtc), zone))
                .Local("DTEND", zone.Id, TimeZoneInfo.ConvertTimeFromUtc(Utc(booking.EndUtc), zone))
                .Text("SUMMARY", summary);
            if (location is { Length: > 0 })
            {
                ics.Text("LOCATION", location);
            }

            ics.Line("STATUS", method == "CANCEL" ? "CANCELLED" : "CONFIRMED")
                .Line("TRANSP", "OPAQUE")
                .Line("END", "VEVENT");
        }

        return ics.Line("END", "VCALENDAR").ToString();
    }

    public string Uid(SpaceBookingRecord booking) => $"{booking.Id:N}@{site.PublicBaseUrl.Host}";

    private static DateTime Utc(DateTime value) => DateTime.SpecifyKind(value, DateTimeKind.Utc);
}
