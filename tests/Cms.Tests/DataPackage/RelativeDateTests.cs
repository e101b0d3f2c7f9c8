using Participation.Cms.DataPackage;

namespace Participation.Cms.Tests.DataPackage;

/// <summary>Demo dates relative to the import day; "wd" moves an evening event off weekends and Finnish public holidays.</summary>
public sealed class RelativeDateTests
{
    private static readonly TimeZoneInfo Helsinki = TimeZoneInfo.FindSystemTimeZoneById("Europe/Helsinki");

    [Theory]
    [InlineData("2026-12-14", "@today+10d 17:30", "2026-12-24T17:30:00+02:00")] // plain days: Christmas Eve as written
    [InlineData("2026-12-14", "@today+10wd 17:30", "2026-12-28T17:30:00+02:00")] // Eve, Christmas, Boxing Day and a weekend skipped
    [InlineData("2026-12-03", "@today+1wd 18:00", "2026-12-04T18:00:00+02:00")] // a Friday is a working day
    [InlineData("2026-12-03", "@today+2wd 18:00", "2026-12-07T18:00:00+02:00")] // Saturday: to Monday (Independence Day is Sunday)
    [InlineData("2027-03-25", "@today+1wd 17:30", "2027-03-30T17:30:00+03:00")] // Good Friday to Easter Monday skipped
    [InlineData("2027-05-05", "@today+1wd 17:30", "2027-05-07T17:30:00+03:00")] // Ascension Day (Easter + 39)
    [InlineData("2027-06-24", "@today+1wd 17:30", "2027-06-28T17:30:00+03:00")] // Midsummer Eve and the weekend
    [InlineData("2027-12-01", "@today+5wd 17:30", "2027-12-07T17:30:00+02:00")] // Independence Day on a Monday
    [InlineData("2026-12-14", "@today-3wd 09:00", "2026-12-11T09:00:00+02:00")]
    [InlineData("2026-12-14", "@today+10wd", "2026-12-28T00:00:00+02:00")]
    public void ARelativeDateIsCountedFromTheImportDayInHelsinkiTime(string importDay, string text, string expected)
    {
        var now = new DateTimeOffset(DateOnly.Parse(importDay).ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero);

        Assert.Equal(expected, RelativeDate.Resolve(text, now, Helsinki, dateOnly: false));
    }

    [Theory]
    [InlineData(2024, "2024-03-31")]
    [InlineData(2025, "2025-04-20")]
    [InlineData(2026, "2026-04-05")]
    [InlineData(2027, "2027-03-28")]
    [InlineData(2038, "2038-04-25")]
    public void EasterFollowsTheGregorianComputus(int year, string easter) =>
        Assert.Equal(DateOnly.Parse(easter), FinnishHolidays.EasterSunday(year));

    [Theory]
    [InlineData("2027-01-06", false)] // Epiphany
    [InlineData("2026-05-01", false)] // May Day, a Friday
    [InlineData("2026-04-03", false)] // Good Friday
    [InlineData("2026-05-15", true)]
    [InlineData("2026-12-23", true)]
    [InlineData("2026-12-31", true)] // New Year's Eve is a working day
    public void WorkingDaysLeaveOutWeekendsAndHolidays(string day, bool working) =>
        Assert.Equal(working, FinnishHolidays.IsWorkingDay(DateOnly.Parse(day)));

    [Theory]
    [InlineData("2026-10-31", true)] // All Saints' Day, the Saturday from 31 October to 6 November
    [InlineData("2027-11-06", true)]
    [InlineData("2027-10-30", false)]
    [InlineData("2026-06-20", true)] // Midsummer Day, the Saturday from 20 to 26 June
    [InlineData("2026-06-27", false)]
    [InlineData("2026-05-24", true)] // Whit Sunday (Easter + 49)
    public void SaturdayAndSundayHolidaysAreFound(string day, bool holiday) =>
        Assert.Equal(holiday, FinnishHolidays.IsHoliday(DateOnly.Parse(day)));

    [Theory]
    [InlineData("@today+3x")]
    [InlineData("@today+3wd 25:00")]
    [InlineData("@tomorrow")]
    public void AnUnreadableRelativeDateSaysWhatItShouldLookLike(string text)
    {
        var error = Assert.ThrowsAny<Exception>(() => RelativeDate.Resolve(text, DateTimeOffset.UtcNow, Helsinki, dateOnly: false));
        Assert.True(error is InvalidDataException or FormatException, error.GetType().Name);
    }
}
