using Participation.Extensions.Registration;

namespace Participation.Extensions.Tests.Registration;

public sealed class RegistrationWindowTests
{
    [Fact]
    public void RegistrationClosesTwoDaysBeforeAtTheSameHelsinkiTime()
    {
        // 6.5.2021 klo 17.30, "ilm. 4.5.2021" in the Rovaniemi announcement.
        var start = new DateTimeOffset(2021, 5, 6, 17, 30, 0, TimeSpan.FromHours(3));

        var window = RegistrationWindow.For(start, 2);

        Assert.Equal(new DateTimeOffset(2021, 5, 4, 17, 30, 0, TimeSpan.FromHours(3)), window.Deadline);
        Assert.True(window.IsOpen(window.Deadline.AddMinutes(-1)));
        Assert.False(window.IsOpen(window.Deadline));
    }

    [Fact]
    public void TheDeadlineKeepsWallClockTimeAcrossTheSwitchToSummerTime()
    {
        // Summer time begins on 29.3.2026; the deadline is still 17.30 local time, in winter time.
        var start = new DateTimeOffset(2026, 3, 30, 17, 30, 0, TimeSpan.FromHours(3));

        var window = RegistrationWindow.For(start, 2);

        Assert.Equal(new DateTimeOffset(2026, 3, 28, 17, 30, 0, TimeSpan.FromHours(2)), window.Deadline);
    }

    [Fact]
    public void WithNoDaysRegistrationClosesAtTheStart()
    {
        var start = new DateTimeOffset(2026, 12, 1, 18, 0, 0, TimeSpan.FromHours(2));

        Assert.Equal(start, RegistrationWindow.For(start, 0).Deadline);
        Assert.Equal(start, RegistrationWindow.For(start, -5).Deadline);
    }
}
