using Microsoft.EntityFrameworkCore;
using Participation.Extensions.Persistence;

namespace Participation.Extensions.Registration.Seats;

/// <summary>
/// Seat accounting for one event inside a caller's transaction. Every change begins with <see cref="LockAsync"/>, one
/// update of the event's row: PostgreSQL makes a second transaction on the same event wait for the first to commit, and
/// SQLite lets one writer in at a time, so what is read after the lock cannot change under us. The checks that follow
/// are plain code, and still exact under any number of concurrent requests on any number of nodes.
/// </summary>
public static class SeatLedger
{
    /// <summary>Creates the event's row if it has none, in its own short transaction before the caller's begins.</summary>
    public static async Task EnsureRowAsync(ExtensionsDatabase database, Guid eventKey, CancellationToken cancellationToken)
    {
        await using var db = database.CreateContext();
        if (await db.Set<EventSeats>().AnyAsync(s => s.EventKey == eventKey, cancellationToken))
        {
            return;
        }

        db.Set<EventSeats>().Add(new EventSeats { EventKey = eventKey });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another request created it first: that is all we wanted.
        }
    }

    /// <summary>Takes the event's lock and returns its row, tracked; null when the row was never made.</summary>
    public static async Task<EventSeats?> LockAsync(ExtensionsDbContext db, Guid eventKey, CancellationToken cancellationToken)
    {
        var locked = await db.Set<EventSeats>().Where(s => s.EventKey == eventKey)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.Version, x => x.Version + 1), cancellationToken);
        return locked == 0 ? null : await db.Set<EventSeats>().SingleAsync(s => s.EventKey == eventKey, cancellationToken);
    }

    /// <summary>Frees a registration's seat or queue place; the caller promotes afterwards.</summary>
    public static void Release(EventSeats seats, EventRegistration registration)
    {
        switch (registration.Status)
        {
            case RegistrationStatus.Confirmed:
                seats.SeatsTaken = Math.Max(0, seats.SeatsTaken - registration.PartySize);
                break;
            case RegistrationStatus.Waitlisted:
                seats.Waiting = Math.Max(0, seats.Waiting - 1);
                break;
        }
    }

    /// <summary>
    /// Confirms the first in line while their party fits, strictly in ticket order: a smaller party behind a larger one
    /// does not jump the queue, because the position told to each person must stay honest.
    /// </summary>
    public static async Task<IReadOnlyList<EventRegistration>> PromoteAsync(
        ExtensionsDbContext db, EventSeats seats, EventSchedule schedule, DateTime now, CancellationToken cancellationToken)
    {
        var promoted = new List<EventRegistration>();
        while (true)
        {
            var first = await db.Set<EventRegistration>()
                .Where(r => r.EventKey == seats.EventKey && r.Status == RegistrationStatus.Waitlisted)
                .OrderBy(r => r.Ticket).FirstOrDefaultAsync(cancellationToken);
            if (first is null || !schedule.Fits(seats.SeatsTaken, first.PartySize))
            {
                return promoted;
            }

            first.Status = RegistrationStatus.Confirmed;
            first.Ticket = null;
            first.PromotedUtc = now;
            first.UpdatedUtc = now;
            seats.SeatsTaken += first.PartySize;
            seats.Waiting = Math.Max(0, seats.Waiting - 1);
            promoted.Add(first);
            await db.SaveChangesAsync(cancellationToken); // the next query must not see this one as still waiting
        }
    }

    /// <summary>How many people still waiting are ahead of this one, plus one: their place in the queue now.</summary>
    public static Task<int> PositionAsync(ExtensionsDbContext db, EventRegistration registration, CancellationToken cancellationToken) =>
        db.Set<EventRegistration>().CountAsync(
            r => r.EventKey == registration.EventKey && r.Status == RegistrationStatus.Waitlisted && r.Ticket <= registration.Ticket, cancellationToken);
}
