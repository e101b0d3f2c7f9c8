using Participation.Cms.PublishedCache;

namespace Participation.Extensions.Registration;

/// <summary>Reads the timing of event items the same way for lists and pages.</summary>
public static class EventSchedule
{
    public static DateTimeOffset? Start(PublishedContent item) => item.Value<DateTimeOffset?>("startTime", "fi");

    public static DateTimeOffset? End(PublishedContent item) => item.Value<DateTimeOffset?>("endTime", "fi");

    /// <summary>Over when it has ended (or started, without an end); an event with no time yet is never past.</summary>
    public static bool IsPast(PublishedContent item, DateTimeOffset now) => (End(item) ?? Start(item)) is { } t && t < now;

    public static RegistrationWindow? Window(PublishedContent item) =>
        Start(item) is { } start ? RegistrationWindow.For(start, item.Value<int?>("registrationDeadlineDays", "fi") ?? 2) : null;
}
