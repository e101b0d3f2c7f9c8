namespace Participation.Extensions.Registration;

/// <summary>
/// When sign-up for an event closes: a number of days before it starts ("viimeistään kaksi vuorokautta ennen"),
/// counted in Helsinki wall-clock time, and never later than the start itself.
/// </summary>
public sealed record RegistrationWindow(DateTimeOffset Start, DateTimeOffset Deadline)
{
    public static readonly TimeZoneInfo Helsinki = TimeZoneInfo.FindSystemTimeZoneById("Europe/Helsinki");

    public static RegistrationWindow For(DateTimeOffset start, int deadlineDays)
    {
        var local = TimeZoneInfo.ConvertTime(start, Helsinki);
        var deadlineLocal = local.DateTime.AddDays(-Math.Max(0, deadlineDays));
        var deadline = new DateTimeOffset(deadlineLocal, Helsinki.GetUtcOffset(deadlineLocal));
        return new RegistrationWindow(local, deadline > local ? local : deadline);
    }

    public bool IsOpen(DateTimeOffset now) => now < Deadline;
}
