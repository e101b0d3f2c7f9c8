using System.Globalization;
using System.Text;

namespace Participation.Extensions.Registration.Calendar;

/// <summary>
/// Writes RFC 5545 calendar files: CRLF lines folded at 75 octets, text escaped, times as wall-clock times with their
/// zone (TZID) and a VTIMEZONE that describes the zone's rules, so a calendar shows 17.30 in Helsinki whatever its own
/// zone and however summer time falls. METHOD:REQUEST adds or updates; METHOD:CANCEL removes (same UID, higher SEQUENCE).
/// </summary>
public static class ICalendarWriter
{
    public static string Write(IReadOnlyList<CalendarEvent> events, TimeZoneInfo zone, string method, DateTimeOffset stamp, string? name = null)
    {
        var lines = new List<string> { "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Participation.Site//Registration//FI", "CALSCALE:GREGORIAN", "METHOD:" + method };
        if (name is not null)
        {
            lines.Add("X-WR-CALNAME:" + Escape(name));
        }

        lines.AddRange(TimeZoneBlock.For(zone, events.Select(e => e.Start.Year).DefaultIfEmpty(stamp.Year).Min()));
        foreach (var item in events)
        {
            lines.Add("BEGIN:VEVENT");
            lines.Add("UID:" + Escape(item.Uid));
            lines.Add("SEQUENCE:" + item.Sequence.ToString(CultureInfo.InvariantCulture));
            lines.Add("DTSTAMP:" + Utc(stamp));
            lines.Add($"DTSTART;TZID={zone.Id}:{Local(item.Start, zone)}");
            lines.Add($"DTEND;TZID={zone.Id}:{Local(item.End, zone)}");
            lines.Add("SUMMARY:" + Escape(item.Summary));
            if (item.Location is { Length: > 0 } location)
            {
                lines.Add("LOCATION:" + Escape(location));
            }

            if (item.Description is { Length: > 0 } description)
            {
                lines.Add("DESCRIPTION:" + Escape(description));
            }

            if (item.Url is { Length: > 0 } url)
            {
                lines.Add("URL:" + url);
            }

            lines.Add("STATUS:" + (item.Cancelled ? "CANCELLED" : "CONFIRMED"));
            lines.Add("END:VEVENT");
        }

        lines.Add("END:VCALENDAR");
        var text = new StringBuilder();
        foreach (var line in lines)
        {
            Fold(text, line);
        }

        return text.ToString();
    }

    internal static string Utc(DateTimeOffset moment) => moment.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);

    private static string Local(DateTimeOffset moment, TimeZoneInfo zone) =>
        TimeZoneInfo.ConvertTime(moment, zone).ToString("yyyyMMdd'T'HHmmss", CultureInfo.InvariantCulture);

    private static string Escape(string value) =>
        value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace(";", "\\;", StringComparison.Ordinal).Replace(",", "\\,", StringComparison.Ordinal)
            .Replace("\r\n", "\\n", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal).Replace("\r", "", StringComparison.Ordinal);

    /// <summary>Lines longer than 75 octets go on with CRLF and a space, never inside a UTF-8 character.</summary>
    private static void Fold(StringBuilder text, string line)
    {
        var octets = 0;
        foreach (var rune in line.EnumerateRunes())
        {
            var size = rune.Utf8SequenceLength;
            if (octets + size > 75)
            {
                text.Append("\r\n ");
                octets = 1;
            }

            text.Append(rune.ToString());
            octets += size;
        }

        text.Append("\r\n");
    }
}
