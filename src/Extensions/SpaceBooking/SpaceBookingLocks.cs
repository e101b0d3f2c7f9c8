using Microsoft.EntityFrameworkCore;
using Participation.Extensions.Persistence;

namespace Participation.Extensions.SpaceBooking;

/// <summary>Takes a space's <see cref="SpaceBookingLock"/> row inside the caller's transaction; call it before reading any booking.</summary>
internal static class SpaceBookingLocks
{
    public static async Task LockAsync(ExtensionsDbContext db, Guid spaceKey, CancellationToken cancellationToken)
    {
        // The first request of a space makes its row; two at once both try, and the database keeps one (PostgreSQL makes
        // the second wait for the first's commit, SQLite has one writer), so the update below always finds it.
        await db.Database.ExecuteSqlAsync(
            $"""INSERT INTO "spaceBookingLock" ("SpaceKey", "Version") VALUES ({spaceKey}, 0) ON CONFLICT ("SpaceKey") DO NOTHING""",
            cancellationToken);
        var locked = await db.Set<SpaceBookingLock>().Where(l => l.SpaceKey == spaceKey)
            .ExecuteUpdateAsync(s => s.SetProperty(l => l.Version, l => l.Version + 1), cancellationToken);
        if (locked != 1)
        {
            throw new InvalidOperationException($"The booking lock row of space {spaceKey} was not found.");
        }
    }
}
