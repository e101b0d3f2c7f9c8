using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Participation.Extensions.Persistence;

namespace Participation.Extensions.Registration.Seats;

/// <summary>Seats taken and people waiting for one event, as a page shows them.</summary>
public sealed record SeatCount(int Taken, int Waiting);

/// <summary>
/// The counts an event page shows, read by key (one row) and kept for a few seconds, so a popular event's page does not
/// query on every view; this node reads again at once after its own changes, other nodes within <see cref="KeepFor"/>.
/// Pages asking while a read is under way share it, so a rush of sign-ups never becomes a rush of queries. The decision
/// to give a seat never reads this: it is made under the event's lock.
/// </summary>
public sealed class SeatBoard(ExtensionsDatabase database, TimeProvider clock)
{
    public static readonly TimeSpan KeepFor = TimeSpan.FromSeconds(5);

    // Bounded by the number of events: a key is only asked for by an event page that exists.
    private readonly ConcurrentDictionary<Guid, Kept> counts = new();

    public Task<SeatCount> GetAsync(Guid eventKey, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var kept = counts.AddOrUpdate(
            eventKey,
            key => new Kept(ReadAsync(key), now + KeepFor),
            (key, old) => old.Fresh(now) ? old : new Kept(ReadAsync(key), now + KeepFor));
        return kept.Count.WaitAsync(cancellationToken);
    }

    /// <summary>The next page reads again; one already reading is shared, since it started after the change committed or will be replaced.</summary>
    public void Forget(Guid eventKey) => counts.AddOrUpdate(eventKey, _ => Kept.Gone, (_, old) => old with { Until = DateTimeOffset.MinValue });

    private async Task<SeatCount> ReadAsync(Guid eventKey)
    {
        await using var db = database.CreateContext();
        return await db.Set<EventSeats>().AsNoTracking().Where(s => s.EventKey == eventKey)
            .Select(s => new SeatCount(s.SeatsTaken, s.Waiting)).FirstOrDefaultAsync() ?? new SeatCount(0, 0);
    }

    private sealed record Kept(Task<SeatCount> Count, DateTimeOffset Until)
    {
        public static readonly Kept Gone = new(Task.FromResult(new SeatCount(0, 0)), DateTimeOffset.MinValue);

        /// <summary>Still in time, or still reading (a failed read is not kept).</summary>
        public bool Fresh(DateTimeOffset now) => (Until > now && !Count.IsFaulted) || (!Count.IsCompleted && Until != DateTimeOffset.MinValue);
    }
}
