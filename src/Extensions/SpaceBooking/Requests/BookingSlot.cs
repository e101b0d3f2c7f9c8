using System.Globalization;

namespace Participation.Extensions.SpaceBooking.Requests;

/// <summary>
/// A time asked for: a date and a start and end on the site's wall clock (Helsinki), kept as UTC. Start and end fall on
/// one date, so no slot is longer than <see cref="Longest"/>; the clash check and the calendar lean on that bound to read
/// only the index range near a time.
/// </summary>
public sealed record BookingSlot(DateOnly Date, TimeOnly Start, TimeOnly End, DateTime StartUtc, DateTime EndUtc)
{
    /// <summary>One date's midnight to 23:59, plus the hour a clock change in autumn adds.</summary>
    public static readonly TimeSpan Longest = TimeSpan.FromHours(25);

    /// <summary>The slot the answers name, or null when a part is missing or not a time (the form's own checks say so).</summary>
    public static BookingSlot? Read(IReadOnlyDictionary<string, IReadOnlyList<string>> values, TimeZoneInfo zone, out bool startMissing, out bool endMissing)
    {
        startMissing = endMissing = false;
        if (!DateOnly.TryParseExact(First(values, BookingFields.Date), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            || !TimeOnly.TryParseExact(First(values, BookingFields.StartTime), "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var start)
            || !TimeOnly.TryParseExact(First(values, BookingFields.EndTime), "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var end))
        {
            return null;
        }

        var localStart = date.ToDateTime(start);
        var localEnd = date.ToDateTime(end);
        startMissing = zone.IsInvalidTime(localStart);
        endMissing = zone.IsInvalidTime(localEnd);
        if (startMissing || endMissing)
        {
            return null;
        }

        return new BookingSlot(date, start, end, TimeZoneInfo.ConvertTimeToUtc(localStart, zone), TimeZoneInfo.ConvertTimeToUtc(localEnd, zone));
    }

    private static string First(IReadOnlyDictionary<string, IReadOnlyList<string>> values, string alias) =>
        values.TryGetValue(alias, out var answer) && answer.Count > 0 ? answer[0] : "";
}
