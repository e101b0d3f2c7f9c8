using System.ComponentModel.DataAnnotations;

namespace Participation.Extensions.SpaceBooking;

/// <summary>Bound from <c>SpaceBooking</c>: how far ahead one may book and what the public calendar and feed show.</summary>
public sealed class SpaceBookingOptions
{
    /// <summary>A request further ahead than this is refused.</summary>
    [Range(1, 3660)]
    public int MaxDaysAhead { get; set; } = 365;

    /// <summary>Weeks after this one the calendar on the space page pages through.</summary>
    [Range(1, 520)]
    public int CalendarWeeks { get; set; } = 26;

    /// <summary>Requests waiting for a decision are shown as pending (times only), so people do not ask for a taken time.</summary>
    public bool ShowPending { get; set; } = true;

    /// <summary>The feed holds approved bookings from this many days ago...</summary>
    [Range(0, 3660)]
    public int FeedDaysBack { get; set; } = 30;

    /// <summary>...to this many days ahead.</summary>
    [Range(1, 3660)]
    public int FeedDaysAhead { get; set; } = 365;

    /// <summary>At most this many events in one feed, soonest first: the answer stays small whatever is stored.</summary>
    [Range(1, 100_000)]
    public int FeedLimit { get; set; } = 1000;
}
