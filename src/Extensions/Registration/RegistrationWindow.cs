namespace Participation.Extensions.Registration;

/// <summary>
/// When sign-up for an event closes: a number of days before it starts ("viimeistään kaksi vuorokautta ennen"),
/// counted in the site's wall-clock time (so across a change to or from summer time the deadline keeps its hour),
/// and never later than the start itself.
/// </summary>
public sealed record RegistrationWindow(DateTimeOffset Start, DateTimeOffset Deadline)
{
    public static RegistrationWindow For(DateTimeOffset start, int deadlineDays, TimeZoneInfo zone)
    {
        var local = TimeZoneInfo.ConvertTime(start, zone);
        var deadlineLocal = local.DateTime.AddDays(-Math.Max(0, deadlineDays));

        // A wall-clock time that does not exist (the hour skipped in spring) moves on by that hour.
        if (zone.IsInvalidTime(deadlineLocal))
        {
            deadlineLocal = deadlineLocal.AddHours(1);
        }

        var deadline = new DateTimeOffset(deadlineLocal, zone.GetUtcOffset(deadlineLocal));
        return new RegistrationWindow(local, deadline > local ? local : deadline);
    }

    public bool IsOpen(DateTimeOffset now) => now < Deadline;
}
