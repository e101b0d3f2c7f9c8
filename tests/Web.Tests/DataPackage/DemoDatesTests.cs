using Participation.Cms.DataPackage;
using Participation.Web.Tests.Infrastructure;

namespace Participation.Web.Tests.DataPackage;

/// <summary>The demo's evening events are imported onto working days, whatever day the import runs.</summary>
public sealed class DemoDatesTests
{
    [Fact]
    public async Task AnImportTenDaysBeforeChristmasEvePutsNoPartnershipTableOnAHolidayOrAWeekend()
    {
        // 14 December 2026: the first tables, ten days ahead, would fall on Christmas Eve.
        await using var site = new SiteFactory { Clock = new TestClock(new DateTimeOffset(2026, 12, 14, 10, 0, 0, TimeSpan.Zero)) };
        var helsinki = TimeZoneInfo.FindSystemTimeZoneById("Europe/Helsinki");

        var days = site.Snapshot.OfType("partnershipTable")
            .Select(t => t.Value<DateTimeOffset?>("startTime", "fi"))
            .OfType<DateTimeOffset>()
            .Select(start => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(start, helsinki).DateTime))
            .ToList();

        Assert.NotEmpty(days);
        Assert.All(days, day => Assert.True(FinnishHolidays.IsWorkingDay(day), $"a partnership table on {day:dddd d.M.yyyy}"));
        Assert.Contains(new DateOnly(2026, 12, 28), days);
    }
}
