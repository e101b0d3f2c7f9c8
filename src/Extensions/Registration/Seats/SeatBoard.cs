using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Participation.Extensions.Persistence;

namespace Participation.Extensions.Registration.Seats;

/// <summary>Seats taken and people waiting for one event, as a page shows them.</summary>
public sealed record SeatCount(int Taken, int Waiting);

/// <summary>
/// The counts an event page shows, read by key (one row) and kept for a few seconds, so a popular event's page does not
/// query on every view; this node forgets its copy at once after its own changes, other nodes within
/// <see cref="KeepFor"/>. The decision to give a seat never reads this: it is made under the event's lock.
/// </summary>
public sealed class SeatBoard(ExtensionsDatabase database, TimeProvider clock)
{
    public static readonly TimeSpan KeepFor = TimeSpan.FromSeconds(5);

    private readonly ConcurrentDictionary<Guid, (SeatCount Count, DateTimeOffset Until)> counts = new();

    public async Task<SeatCount> GetAsync(Guid eventKey, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        if (counts.TryGetValue(eventKey, out var kept) && kept.Until > now)
        {
            return kept.Count;
        }

        await using var db = database.CreateContext();
        var count = await db.Set<EventSeats>().AsNoTracking().Where(s => s.EventKey == eventKey)
            .Select(s => new SeatCount(s.SeatsTaken, s.Waiting)).FirstOrDefaultAsync(cancellationToken) ?? new SeatCount(0, 0);

        // Bounded by the number of events: a key is only asked for by an event page that exists.
        counts[eventKey] = (count, now + KeepFor);
        return count;
    }

    public void Forget(Guid eventKey) => counts.TryRemove(eventKey, out _);
}
