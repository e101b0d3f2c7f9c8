using Microsoft.AspNetCore.DataProtection;
using Participation.Cms.Security;

namespace Participation.Cms.Backoffice.Preview;

/// <summary>
/// Signed, expiring links that show a draft in the real template. A link names one item and one culture,
/// so it can be sent to a colleague without a backoffice account, and stops working after a day.
/// </summary>
public sealed class PreviewLinks(IDataProtectionProvider protection, TimeProvider clock)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(1);

    private readonly ITimeLimitedDataProtector protector = protection.CreateProtector("Participation.Cms.Preview").ToTimeLimitedDataProtector();

    public string Create(Guid key, string culture) =>
        $"/umbraco/preview/{key}?culture={Uri.EscapeDataString(culture)}&token={Uri.EscapeDataString(protector.Protect($"{key}|{culture}", clock.GetUtcNow() + Lifetime))}";

    public bool IsValid(Guid key, string culture, string? token) => Expires(key, culture, token) is not null;

    /// <summary>Until when <paramref name="token"/> shows this item in this culture; null when it does not.</summary>
    public DateTimeOffset? Expires(Guid key, string culture, string? token)
    {
        if (string.IsNullOrEmpty(token) || token.Length > 1000)
        {
            return null;
        }

        try
        {
            // The protector checks expiry against real time; our clock decides for tests and scheduled previews alike.
            var payload = protector.Unprotect(token, out var expires);
            return payload == $"{key}|{culture}" && expires > clock.GetUtcNow() ? expires : null;
        }
        catch (System.Security.Cryptography.CryptographicException)
        {
            return null;
        }
        catch (FormatException)
        {
            return null;
        }
    }

    /// <summary>
    /// The cookie a link's token moves into on first open (<see cref="LinkTokenCookie"/>): one per item and culture,
    /// for this preview's address only. Colleagues opening the same link each get their own.
    /// </summary>
    public static LinkTokenCookie Cookie(Guid key, string culture, string path) => new($"Preview.{key:N}.{culture}", path);
}
