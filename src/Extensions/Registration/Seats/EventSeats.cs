namespace Participation.Extensions.Registration.Seats;

/// <summary>
/// One row per event that has had a sign-up: the seat count and the last waitlist ticket. Every change to an event's
/// registrations starts by updating this row, so the database holds a lock on it until the commit and sign-ups,
/// cancellations and promotions of one event happen one after another on any number of nodes (SQLite serialises all
/// writers; PostgreSQL blocks the second update of the row). Other events are not held up.
/// </summary>
public sealed class EventSeats
{
    public Guid EventKey { get; set; }

    /// <summary>Seats taken by confirmed registrations, party sizes added up.</summary>
    public int SeatsTaken { get; set; }

    /// <summary>The last waitlist ticket given; tickets only grow, so the queue's order is the order of sign-up.</summary>
    public int LastTicket { get; set; }

    /// <summary>People waiting now (the page shows it without counting rows).</summary>
    public int Waiting { get; set; }

    /// <summary>
    /// The time and place participants were last told (<see cref="EventSchedule.Stamp"/>): a publish that changes them
    /// mails everyone; null until the first sign-up.
    /// </summary>
    public string? Schedule { get; set; }

    /// <summary>
    /// The published version of the event (its update date) that <see cref="Schedule"/> was compared with last: every
    /// node sees every publish, and only the first to see a newer version mails, never one still catching up.
    /// </summary>
    public DateTime? ScheduleSeenUtc { get; set; }

    /// <summary>The calendar files' SEQUENCE: raised with each change, so calendars replace the old entry.</summary>
    public int Sequence { get; set; }

    /// <summary>Bumped by every change: the lock statement writes it.</summary>
    public long Version { get; set; }
}
