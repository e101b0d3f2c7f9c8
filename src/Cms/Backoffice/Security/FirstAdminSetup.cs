using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Participation.Cms.Backoffice.Security;

/// <summary>
/// On a site with no users, makes a one-time secret for creating the first admin; start-up prints the link.
/// The secret lives only in this process, works for <see cref="Lifetime"/> (a restart prints a new one) and is gone
/// once the admin exists.
/// </summary>
public sealed class FirstAdminSetup(IServiceScopeFactory scopes, TimeProvider clock)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(24);

    private string? token;
    private DateTimeOffset expiresAt;

    public string? Token => token;

    /// <summary>When the current secret stops working.</summary>
    public DateTimeOffset ExpiresAt => expiresAt;

    /// <summary>The cookie the link's secret moves into on first open (<see cref="Participation.Cms.Security.LinkTokenCookie"/>).</summary>
    public static Participation.Cms.Security.LinkTokenCookie Cookie { get; } = new("Setup", "/umbraco/setup");

    /// <summary>Returns the setup token when the site still has no users, creating it on first call.</summary>
    public async Task<string?> EnsureTokenAsync(CancellationToken cancellationToken = default)
    {
        if (!await NeedsAdminAsync(cancellationToken))
        {
            token = null;
            return null;
        }

        if (token is null || clock.GetUtcNow() >= expiresAt)
        {
            expiresAt = clock.GetUtcNow() + Lifetime;
            token = Convert.ToHexString(RandomNumberGenerator.GetBytes(24)).ToLowerInvariant();
        }

        return token;
    }

    public async Task<bool> NeedsAdminAsync(CancellationToken cancellationToken = default)
    {
        using var scope = scopes.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<BackofficeUser>>();
        return !await users.Users.AnyAsync(cancellationToken);
    }

    public bool IsValid(string? candidate) => Matches(token, candidate);

    /// <summary>
    /// Takes the secret for one request: of several posts sent together with it, only the one that takes it may create
    /// an admin (a review saw six concurrent posts create six). The others find no secret and are refused.
    /// </summary>
    public bool TryClaim(string? candidate)
    {
        var current = token;
        return Matches(current, candidate) && Interlocked.CompareExchange(ref token, null, current) == current;
    }

    /// <summary>Gives a claimed secret back when the form had errors, so the person can correct them and send again.</summary>
    public void Release(string claimed) => Interlocked.CompareExchange(ref token, claimed, null);

    private bool Matches(string? expected, string? candidate) =>
        expected is not null && candidate is not null && clock.GetUtcNow() < expiresAt
        && CryptographicOperations.FixedTimeEquals(System.Text.Encoding.UTF8.GetBytes(expected), System.Text.Encoding.UTF8.GetBytes(candidate));
}
