using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;
using Participation.Cms.Security;

namespace Participation.Extensions.Registration.Signup;

/// <summary>
/// The link in a participant's mail that shows their registration and lets them cancel it without an account: the
/// registration's id signed and sealed with the site's data-protection keys, valid until a while after the event. The
/// id alone opens nothing.
/// </summary>
public sealed class RegistrationLinks(IDataProtectionProvider protection, TimeProvider clock)
{
    public const string QueryName = "r";

    /// <summary>The cancel button's hidden field: the post carries the token, never a bare id.</summary>
    public const string TokenField = "registration-token";

    private readonly ITimeLimitedDataProtector protector =
        protection.CreateProtector("Participation.Registration.Manage").ToTimeLimitedDataProtector();

    public string Token(Guid registrationId, DateTimeOffset validUntil) => protector.Protect(registrationId.ToString("N"), validUntil);

    /// <summary>The page's address with the token, and the registration box as the target.</summary>
    public string Url(string pageUrl, Guid registrationId, DateTimeOffset validUntil) =>
        pageUrl + "?" + QueryName + "=" + Uri.EscapeDataString(Token(registrationId, validUntil)) + "#registration";

    public Guid? Read(string? token) => Open(token)?.Id;

    /// <summary>The registration a token names and until when it works; null for a forged, damaged or expired one.</summary>
    public (Guid Id, DateTimeOffset Expires)? Open(string? token)
    {
        if (string.IsNullOrEmpty(token) || token.Length > 1000)
        {
            return null;
        }

        try
        {
            // The protector checks expiry against real time; our clock decides, so tests can move through time.
            var payload = protector.Unprotect(token, out var expires);
            return expires > clock.GetUtcNow() && Guid.TryParseExact(payload, "N", out var id) ? (id, expires) : null;
        }
        catch (CryptographicException)
        {
            return null;
        }
        catch (FormatException)
        {
            return null;
        }
    }

    /// <summary>The cookie a link's token moves into on first open (<see cref="LinkTokenCookie"/>): one per event page.</summary>
    public static LinkTokenCookie Cookie(Guid eventKey, string pageUrl) =>
        new("Registration." + eventKey.ToString("N"), new Microsoft.AspNetCore.Http.PathString(pageUrl).ToUriComponent());
}
