namespace Participation.Extensions.SpaceBooking;

/// <summary>
/// One request for a time of one space, beside the form entry that holds the requester's answers. It carries no
/// personal data (times, state and equipment only), so the public calendar and feed read this table alone.
/// </summary>
public sealed class SpaceBookingRecord
{
    public Guid Id { get; set; }

    public Guid SpaceKey { get; set; }

    /// <summary>The form entry with who asked and why; the row outlives an erased entry, which keeps the time taken.</summary>
    public Guid EntryId { get; set; }

    public Guid FormId { get; set; }

    public DateTime StartUtc { get; set; }

    public DateTime EndUtc { get; set; }

    public BookingStatus Status { get; set; }

    /// <summary>The space's equipment asked for, one per line (the space's own tags).</summary>
    public string Equipment { get; set; } = "";

    /// <summary>The page's culture: the decision mail is written in it.</summary>
    public string Culture { get; set; } = "fi";

    public DateTime CreatedUtc { get; set; }

    public DateTime? DecidedUtc { get; set; }

    public string? DecidedBy { get; set; }

    /// <summary>iCalendar SEQUENCE: grows with every decision, so a calendar that has the event takes the newer state.</summary>
    public int Sequence { get; set; }

    public IReadOnlyList<string> EquipmentList => Equipment.Split('\n', StringSplitOptions.RemoveEmptyEntries);
}

public enum BookingStatus
{
    Requested = 0,
    Approved = 1,
    Rejected = 2,
}
