namespace Participation.Extensions.Registration.Seats;

/// <summary>
/// One person's registration for one event, beside the form entry that holds all their answers. One row per e-mail
/// and event (a unique index): signing up again finds it, and a cancelled one comes back to life instead of a second.
/// </summary>
public sealed class EventRegistration
{
    public Guid Id { get; set; }

    public Guid EventKey { get; set; }

    /// <summary>The form entry with the answers (diet, accessibility); null once the entry was erased.</summary>
    public Guid? EntryId { get; set; }

    public Guid FormId { get; set; }

    /// <summary>Lower-cased.</summary>
    public string Email { get; set; } = "";

    public string Name { get; set; } = "";

    public int PartySize { get; set; } = 1;

    public RegistrationStatus Status { get; set; }

    /// <summary>The waitlist ticket while waiting; the position shown is the number of people still waiting with a ticket up to this one.</summary>
    public int? Ticket { get; set; }

    public string Culture { get; set; } = "fi";

    public DateTime CreatedUtc { get; set; }

    public DateTime UpdatedUtc { get; set; }

    public DateTime? CancelledUtc { get; set; }

    public DateTime? PromotedUtc { get; set; }

    /// <summary>Marked by the organiser on the day; null until marked.</summary>
    public bool? Attended { get; set; }

    /// <summary>Set when the retention job replaced the name and address after the event.</summary>
    public DateTime? AnonymisedUtc { get; set; }
}

public enum RegistrationStatus
{
    Confirmed = 0,
    Waitlisted = 1,
    Cancelled = 2,

    /// <summary>An expression of interest for an event whose time or place is still open: mailed when it is set.</summary>
    Interested = 3,
}
