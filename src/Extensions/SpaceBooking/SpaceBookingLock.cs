namespace Participation.Extensions.SpaceBooking;

/// <summary>
/// One row per space that has had a request. Every request and every decision for a space starts by updating this
/// row, before it looks for clashes: the database then holds a lock on it until the commit, so two approvals (or a
/// request and an approval) of one space run one after another on any number of nodes, and the second sees the first's
/// approved time. SQLite serialises all writers anyway; PostgreSQL blocks the second update of the row. Other spaces
/// are not held up.
/// </summary>
public sealed class SpaceBookingLock
{
    public Guid SpaceKey { get; set; }

    /// <summary>Bumped by every change: the lock statement writes it.</summary>
    public long Version { get; set; }
}
