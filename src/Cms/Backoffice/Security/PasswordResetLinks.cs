using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Participation.Cms.Persistence;
using Participation.Cms.Security;

namespace Participation.Cms.Backoffice.Security;

/// <summary>
/// One-time links an admin gives a user to set a new password (ASVS 6.4.1, 6.4.3). The secret is 256 random bits that
/// only the link carries: the database keeps its SHA-256 and the expiry, one per user (a new link replaces the old),
/// in Identity's user-tokens table. Using the link deletes that row in one conditional statement, so of two uses at
/// once only one gets through. Setting the password changes nothing else: two-step sign-in stays on if it was on.
/// </summary>
public sealed class PasswordResetLinks(CmsDbContext db, UserManager<BackofficeUser> users, TimeProvider clock, IOptions<PasswordResetOptions> options)
{
    private const string Provider = "Participation";
    private const string Name = "PasswordResetLink";

    public TimeSpan Lifetime => options.Value.LinkLifetime;

    public static string Path(string userId, string token) =>
        $"/umbraco/reset-password?id={Uri.EscapeDataString(userId)}&token={token}";

    /// <summary>Makes a new link for <paramref name="user"/>, replacing any earlier one; returns the secret for the link.</summary>
    public async Task<string> CreateAsync(BackofficeUser user, string actor, CancellationToken cancellationToken)
    {
        var token = WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(32));
        var expires = clock.GetUtcNow() + Lifetime;
        (await users.SetAuthenticationTokenAsync(user, Provider, Name, Stored(expires, token))).ThrowIfFailed();
        db.Audit.Add(new AuditRecord { At = clock.GetUtcNow().UtcDateTime, User = actor, Action = "PasswordResetLinkCreated", Detail = user.UserName });
        await db.SaveChangesAsync(cancellationToken);
        return token;
    }

    /// <summary>The user the link is for while it is unused, unexpired and the account enabled; otherwise null.</summary>
    public async Task<BackofficeUser?> FindAsync(string? userId, string? token)
    {
        if (string.IsNullOrEmpty(userId) || string.IsNullOrEmpty(token) || token.Length > 100 || await users.FindByIdAsync(userId) is not { DisabledAt: null } user)
        {
            return null;
        }

        return await StoredAsync(user) is { } stored && Matches(stored, token) ? user : null;
    }

    /// <summary>Until when the user's link works, for a link <see cref="FindAsync"/> has just found.</summary>
    public async Task<DateTimeOffset?> ExpiresAsync(BackofficeUser user) =>
        await StoredAsync(user) is { } stored && long.TryParse(stored.Split(':', 2)[0], NumberStyles.None, CultureInfo.InvariantCulture, out var ticks)
            ? new DateTimeOffset(ticks, TimeSpan.Zero)
            : null;

    /// <summary>The cookie a link's token moves into on first open (<see cref="LinkTokenCookie"/>); the user's id stays in the address.</summary>
    public static LinkTokenCookie Cookie { get; } = new("PasswordReset", "/umbraco/reset-password");

    /// <summary>Spends the link: true for exactly one caller, and only while it is still valid.</summary>
    public async Task<bool> TryUseAsync(BackofficeUser user, string token, CancellationToken cancellationToken)
    {
        if (await StoredAsync(user) is not { } stored || !Matches(stored, token))
        {
            return false;
        }

        if (await db.UserTokens
                .Where(t => t.UserId == user.Id && t.LoginProvider == Provider && t.Name == Name && t.Value == stored)
                .ExecuteDeleteAsync(cancellationToken) != 1)
        {
            return false;
        }

        db.Audit.Add(new AuditRecord { At = clock.GetUtcNow().UtcDateTime, User = user.UserName ?? user.Id, Action = "PasswordReset" });
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    private async Task<string?> StoredAsync(BackofficeUser user) =>
        await db.UserTokens.AsNoTracking()
            .Where(t => t.UserId == user.Id && t.LoginProvider == Provider && t.Name == Name)
            .Select(t => t.Value).SingleOrDefaultAsync();

    private bool Matches(string stored, string token)
    {
        var parts = stored.Split(':', 2);
        return parts.Length == 2
            && long.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var expiresTicks)
            && clock.GetUtcNow().UtcTicks < expiresTicks
            && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(parts[1]), Encoding.ASCII.GetBytes(Hash(token)));
    }

    private static string Stored(DateTimeOffset expires, string token) =>
        $"{expires.UtcTicks.ToString(CultureInfo.InvariantCulture)}:{Hash(token)}";

    private static string Hash(string token) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
}
