namespace Participation.Extensions.SpaceBooking.Decisions;

/// <summary>What became of an editor's approve or reject.</summary>
public abstract record BookingDecision
{
    public sealed record Done : BookingDecision;

    /// <summary>It already was in that state: nothing was written and no mail goes out again.</summary>
    public sealed record Unchanged : BookingDecision;

    public sealed record NotFound : BookingDecision;

    /// <summary>An approved booking of the same space overlaps this one; nothing was written.</summary>
    public sealed record Clash(SpaceBookingRecord With) : BookingDecision;
}

/// <summary>The outbox payload of a decision mail: which booking, and what was decided (the booking may change again before it is sent).</summary>
internal sealed record DecisionPayload(Guid BookingId, BookingStatus Status, bool WasApproved);
