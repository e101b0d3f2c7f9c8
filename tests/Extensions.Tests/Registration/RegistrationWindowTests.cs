using Participation.Extensions.Registration;

namespace Participation.Extensions.Tests.Registration;

public sealed class RegistrationWindowTests
{
    private static readonly TimeZoneInfo Helsinki = TimeZoneInfo.FindSystemTimeZoneById("Europe/Helsinki");

    [Fact]
    public void RegistrationClosesTwoDaysBeforeAtTheSameHelsinkiTime()
    {
        // 6.5.2021 klo 17.30, "ilm. 4.5.2021" in the Rovaniemi announcement.
        var start = new DateTimeOffset(2021, 5, 6, 17, 30, 0, TimeSpan.FromHours(3));

        var window = RegistrationWindow.For(start, 2, Helsinki);

        Assert.Equal(new DateTimeOffset(2021, 5, 4, 17, 30, 0, TimeSpan.FromHours(3)), window.Deadline);
        Assert.True(window.IsOpen(window.Deadline.AddMinutes(-1)));
        Assert.False(window.IsOpen(window.Deadline));
    }

    [Fact]
    public void TheDeadlineKeepsWallClockTimeAcrossTheSwitchToSummerTime()
    {
        // Summer time begins on 29.3.2026; the deadline is still 17.30 local time, in winter time.
        var start = new DateTimeOffset(2026, 3, 30, 17, 30, 0, TimeSpan.FromHours(3));

        var window = RegistrationWindow.For(start, 2, Helsinki);

        Assert.Equal(new DateTimeOffset(2026, 3, 28, 17, 30, 0, TimeSpan.FromHours(2)), window.Deadline);
    }

    [Fact]
    public void WithNoDaysRegistrationClosesAtTheStart()
    {
        var start = new DateTimeOffset(2026, 12, 1, 18, 0, 0, TimeSpan.FromHours(2));

        Assert.Equal(start, RegistrationWindow.For(start, 0, Helsinki).Deadline);
        Assert.Equal(start, RegistrationWindow.For(start, -5, Helsinki).Deadline);
    }

    [Fact]
    public void TheDeadlineKeepsWallClockTimeAcrossTheSwitchBackToWinterTime()
    {
        // Winter time begins on 25.10.2026 at 04.00; an event on Monday 26.10. at 18.00 (+02) closes on Saturday 24.10. at 18.00 (+03).
        var start = new DateTimeOffset(2026, 10, 26, 18, 0, 0, TimeSpan.FromHours(2));

        var window = RegistrationWindow.For(start, 2, Helsinki);

        Assert.Equal(new DateTimeOffset(2026, 10, 24, 18, 0, 0, TimeSpan.FromHours(3)), window.Deadline);
        Assert.Equal(TimeSpan.FromHours(49), window.Start - window.Deadline); // 48 wall-clock hours and the repeated one
    }

    [Fact]
    public void ADeadlineInTheSkippedHourMovesOnByThatHour()
    {
        // 29.3.2026 03.00-04.00 does not exist in Helsinki; an event on 31.3. at 03.30 would close in that hour.
        var start = new DateTimeOffset(2026, 3, 31, 3, 30, 0, TimeSpan.FromHours(3));

        var window = RegistrationWindow.For(start, 2, Helsinki);

        Assert.Equal(new DateTimeOffset(2026, 3, 29, 4, 30, 0, TimeSpan.FromHours(3)), window.Deadline);
    }
}
