using System.Security.Cryptography;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Participation.Cms.Backoffice.Security;
using Participation.Cms.Persistence;

namespace Participation.Cms.Backoffice.Sessions;

/// <summary>
/// The server's list of backoffice sessions (ASVS 7.5.2). A cookie counts only while its row exists, so ending a
/// session deletes the row. Every request asks whether its row exists; this node remembers the answer for
/// <see cref="Remembered"/> and forgets it at once when it ends a session itself, so another node sees an end within
/// that time. Rows are written at sign-in and then at most once per <see cref="LastSeenStep"/>.
/// </summary>
public sealed class BackofficeSessions(CmsDatabase database, TimeProvider clock, IMemoryCache cache)
{
    public static readonly TimeSpan LastSeenStep = TimeSpan.FromMinutes(5);

    internal static readonly TimeSpan Remembered = TimeSpan.FromSeconds(30);

    internal async Task<string> StartAsync(string userId, string stamp, string method, string? userAgent, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var (browser, platform) = BrowserDescription.Of(userAgent);
        var record = new SessionRecord
        {
            Id = WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(16)),
            UserId = userId,
            SecurityStamp = stamp,
            CreatedAt = now,
            LastSeenAt = Step(now),
            Method = method,
            Browser = browser,
            Platform = platform,
        };
        await using var db = database.CreateContext();

        // Sign-ins are rare enough to carry the clean-up: rows past either lifetime can no longer match a live cookie.
        await Expired(db.Sessions, now).ExecuteDeleteAsync(cancellationToken);
        db.Sessions.Add(record);
        await db.SaveChangesAsync(cancellationToken);
        return record.Id;
    }

    /// <summary>A refreshed sign-in (after the user's stamp changed here) keeps its session under the new stamp.</summary>
    internal async Task RenewAsync(string id, string userId, string stamp, CancellationToken cancellationToken)
    {
        await using var db = database.CreateContext();
        await db.Sessions.Where(s => s.Id == id && s.UserId == userId)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.SecurityStamp, stamp), cancellationToken);
    }

    /// <summary>Whether the session's row still exists; notes that it was seen, once per <see cref="LastSeenStep"/>.</summary>
    internal async Task<bool> IsOpenAsync(string id, string userId, CancellationToken cancellationToken)
    {
        var step = Step(clock.GetUtcNow().UtcDateTime);
        if (cache.TryGetValue(Key(id), out DateTime seen) && seen >= step)
        {
            return true;
        }

        await using var db = database.CreateContext();
        var row = await db.Sessions.Where(s => s.Id == id && s.UserId == userId).Select(s => (DateTime?)s.LastSeenAt).SingleOrDefaultAsync(cancellationToken);
        if (row is null)
        {
            cache.Remove(Key(id));
            return false;
        }

        if (row < step)
        {
            await db.Sessions.Where(s => s.Id == id).ExecuteUpdateAsync(s => s.SetProperty(r => r.LastSeenAt, step), cancellationToken);
        }

        cache.Set(Key(id), step, Remembered);
        return true;
    }

    /// <summary>The user's open sessions, newest first: not ended, within both lifetimes, and signed in under the user's current stamp.</summary>
    public async Task<IReadOnlyList<SessionRecord>> ListAsync(BackofficeUser user, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await using var db = database.CreateContext();
        var expired = Expired(db.Sessions, now).Select(s => s.Id);
        return await db.Sessions.AsNoTracking()
            .Where(s => s.UserId == user.Id && s.SecurityStamp == user.SecurityStamp && !expired.Contains(s.Id))
            .OrderByDescending(s => s.CreatedAt)
            .ToListAsync(cancellationToken);
    }

    /// <summary>Ends one of the user's sessions: its cookie is refused at its next request. False when there was none.</summary>
    public async Task<bool> EndAsync(string userId, string id, CancellationToken cancellationToken)
    {
        await using var db = database.CreateContext();
        var ended = await db.Sessions.Where(s => s.Id == id && s.UserId == userId).ExecuteDeleteAsync(cancellationToken);
        cache.Remove(Key(id));
        return ended > 0;
    }

    private static IQueryable<SessionRecord> Expired(IQueryable<SessionRecord> sessions, DateTime now)
    {
        var idle = now - SessionLifetime.Idle - LastSeenStep; // the stored time may be up to one step behind the last request
        var absolute = now - SessionLifetime.Absolute;
        return sessions.Where(s => s.LastSeenAt < idle || s.CreatedAt < absolute);
    }

    private static DateTime Step(DateTime at) => new(at.Ticks - (at.Ticks % LastSeenStep.Ticks), DateTimeKind.Utc);

    private static string Key(string id) => "backoffice-session:" + id;
}
