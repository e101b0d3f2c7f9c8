namespace Participation.Extensions.Registration.Calendar;

/// <summary>One event as a calendar file describes it. <see cref="Uid"/> stays the same for a registration's whole life.</summary>
public sealed record CalendarEvent(
    string Uid,
    int Sequence,
    DateTimeOffset Start,
    DateTimeOffset End,
    string Summary,
    string? Location,
    string? Description,
    string? Url,
    bool Cancelled = false);
