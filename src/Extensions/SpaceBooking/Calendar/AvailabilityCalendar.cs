using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Participation.Cms.Site;
using Participation.Extensions.Persistence;
using Participation.Extensions.SpaceBooking.Requests;

namespace Participation.Extensions.SpaceBooking.Calendar;

/// <summary>
/// Reads one week of one space for its public page: one range of the (SpaceKey, StartUtc) index, at most
/// <see cref="MaxSlots"/> rows, so the cost follows that week and never the number of bookings stored. A missing,
/// malformed or out-of-range week shows the nearest week that can be shown, as a stale link should.
/// </summary>
internal sealed partial class AvailabilityCalendar(ExtensionsDatabase database, SiteOptions site, TimeProvider clock, IOptions<SpaceBookingOptions> options)
{
    public const int MaxSlots = 200;

    public async Task<AvailabilityWeek> WeekAsync(Guid spaceKey, string? week, CancellationToken cancellationToken)
    {
        var zone = site.Zone;
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(clock.GetUtcNow().UtcDateTime, zone));
        var first = MondayOf(today);
        var last = first.AddDays(7 * options.Value.CalendarWeeks);
        var monday = Parse(week) is { } asked ? (asked < first ? first : asked > last ? last : asked) : first;

        var fromUtc = TimeZoneInfo.ConvertTimeToUtc(monday.ToDateTime(TimeOnly.MinValue), zone);
        var toUtc = TimeZoneInfo.ConvertTimeToUtc(monday.AddDays(7).ToDateTime(TimeOnly.MinValue), zone);
        var earliest = fromUtc - BookingSlot.Longest;
        var showPending = options.Value.ShowPending;
        await using var db = database.CreateContext();
        var rows = await db.Set<SpaceBookingRecord>().AsNoTracking()
            .Where(b => b.SpaceKey == spaceKey && b.StartUtc >= earliest && b.StartUtc < toUtc && b.EndUtc > fromUtc
                && (b.Status == BookingStatus.Approved || (showPending && b.Status == BookingStatus.Requested)))
            .OrderBy(b => b.StartUtc)
            .Select(b => new { b.StartUtc, b.EndUtc, b.Status })
            .Take(MaxSlots + 1)
            .ToListAsync(cancellationToken);

        var slots = rows.Take(MaxSlots).Select(r => new AvailabilitySlot(Local(r.StartUtc), Local(r.EndUtc), r.Status == BookingStatus.Requested)).ToList();
        var days = Enumerable.Range(0, 7).Select(i => monday.AddDays(i))
            .Select(day => new AvailabilityDay(day, slots.Where(s => DateOnly.FromDateTime(s.Start.DateTime) == day).ToList()))
            .ToList();
        return new AvailabilityWeek(
            monday,
            days,
            monday > first ? AvailabilityWeek.WeekOf(monday.AddDays(-7)) : null,
            monday < last ? AvailabilityWeek.WeekOf(monday.AddDays(7)) : null)
        {
            Truncated = rows.Count > MaxSlots,
        };

        DateTimeOffset Local(DateTime utc) => TimeZoneInfo.ConvertTime(new DateTimeOffset(DateTime.SpecifyKind(utc, DateTimeKind.Utc)), zone);
    }

    public static DateOnly MondayOf(DateOnly day) => day.AddDays(-(((int)day.DayOfWeek + 6) % 7));

    private static DateOnly? Parse(string? week)
    {
        if (week is null || IsoWeek().Match(week) is not { Success: true } match)
        {
            return null;
        }

        var year = int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
        var number = int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture);
        return year is < 2000 or > 9000 || number < 1 || number > ISOWeek.GetWeeksInYear(year)
            ? null
            : DateOnly.FromDateTime(ISOWeek.ToDateTime(year, number, DayOfWeek.Monday));
    }

    [GeneratedRegex(@"^(\d{4})-W(\d{2})$")]
    private static partial Regex IsoWeek();
}
