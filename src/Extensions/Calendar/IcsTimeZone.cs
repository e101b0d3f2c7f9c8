namespace Participation.Extensions.Calendar;

/// <summary>
/// The VTIMEZONE of the site's zone for the span a calendar covers: the offset in force at its start and each change
/// inside it, read from the system's zone data, so a calendar that does not know the zone's name still shows Helsinki
/// time right across a clock change.
/// </summary>
internal static class IcsTimeZone
{
    public static void Write(IcsWriter ics, TimeZoneInfo zone, DateTime fromUtc, DateTime toUtc)
    {
        ics.Line("BEGIN", "VTIMEZONE").Line("TZID", zone.Id);
        var first = zone.GetUtcOffset(fromUtc);
        Observance(ics, zone.IsDaylightSavingTime(fromUtc), (fromUtc + first).Date, first, first);
        foreach (var (atUtc, before, after) in Changes(zone, fromUtc, toUtc))
        {
            // An observance starts at the local time the clock showed just before it (RFC 5545 3.6.5: DTSTART in TZOFFSETFROM).
            Observance(ics, zone.IsDaylightSavingTime(atUtc), atUtc + before, before, after);
        }

        ics.Line("END", "VTIMEZONE");
    }

    private static void Observance(IcsWriter ics, bool daylight, DateTime localStart, TimeSpan from, TimeSpan to)
    {
        var kind = daylight ? "DAYLIGHT" : "STANDARD";
        ics.Line("BEGIN", kind)
            .Line("DTSTART", localStart.ToString("yyyyMMdd'T'HHmmss", System.Globalization.CultureInfo.InvariantCulture))
            .Line("TZOFFSETFROM", IcsWriter.Offset(from))
            .Line("TZOFFSETTO", IcsWriter.Offset(to))
            .Line("END", kind);
    }

    /// <summary>Each change of offset: found day by day, then to the minute. About 400 look-ups for a year, whatever is stored.</summary>
    private static IEnumerable<(DateTime AtUtc, TimeSpan Before, TimeSpan After)> Changes(TimeZoneInfo zone, DateTime fromUtc, DateTime toUtc)
    {
        var day = DateTime.SpecifyKind(fromUtc.Date, DateTimeKind.Utc);
        var offset = zone.GetUtcOffset(day);
        for (; day < toUtc; day = day.AddDays(1))
        {
            var next = zone.GetUtcOffset(day.AddDays(1));
            if (next == offset)
            {
                continue;
            }

            var (low, high) = (day, day.AddDays(1)); // offset at low, next at high
            while (high - low > TimeSpan.FromMinutes(1))
            {
                var middle = low + ((high - low) / 2);
                middle = new DateTime(middle.Ticks - (middle.Ticks % TimeSpan.TicksPerMinute), DateTimeKind.Utc);
                if (middle <= low)
                {
                    break;
                }

                (low, high) = zone.GetUtcOffset(middle) == offset ? (middle, high) : (low, middle);
            }

            yield return (high, offset, next);
            offset = next;
        }
    }
}
