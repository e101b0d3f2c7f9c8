using Microsoft.EntityFrameworkCore;
using Participation.Cms.Persistence;

namespace Participation.Cms.Jobs;

/// <summary>
/// Database leases for jobs that must run on one node at a time. Taking a lease is one conditional update
/// (or one insert), so two nodes can never both hold it.
/// </summary>
public sealed class Leases(CmsDatabase database, TimeProvider clock)
{
    public string Holder { get; } = $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid():N}";

    public async Task<bool> TryAcquireAsync(string name, TimeSpan duration, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var until = now + duration;
        await using var db = database.CreateContext();
        var taken = await db.Leases
            .Where(l => l.Name == name && (l.Holder == Holder || l.ExpiresAt < now))
            .ExecuteUpdateAsync(l => l.SetProperty(x => x.Holder, Holder).SetProperty(x => x.ExpiresAt, until), cancellationToken);
        if (taken == 1)
        {
            return true;
        }

        if (await db.Leases.AnyAsync(l => l.Name == name, cancellationToken))
        {
            return false;
        }

        try
        {
            db.Leases.Add(new LeaseRecord { Name = name, Holder = Holder, ExpiresAt = until });
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException)
        {
            return false; // another node inserted it first
        }
    }
}
