using System.Globalization;
using Microsoft.AspNetCore.Identity;

namespace Participation.Cms.Backoffice.Security;

/// <summary>
/// Identity's authenticator check with ASVS 6.5.1 added: each code is accepted once. Identity's own provider accepts a code
/// for any of five time steps around now and remembers nothing, so a code seen over a shoulder or in a proxy log could sign in
/// again for about 90 s (dotnet/aspnetcore issue 14423). Every check goes through here: sign-in, turning two-step sign-in on
/// and turning it off.
/// </summary>
internal sealed class SingleUseAuthenticatorTokenProvider(UsedTotpSteps usedSteps, TimeProvider clock) : AuthenticatorTokenProvider<BackofficeUser>
{
    public override async Task<bool> ValidateAsync(string purpose, string token, UserManager<BackofficeUser> manager, BackofficeUser user)
    {
        if (token.Length != 6 || !int.TryParse(token, NumberStyles.None, CultureInfo.InvariantCulture, out var code))
        {
            return false;
        }

        if (await manager.GetAuthenticatorKeyAsync(user) is not { } text || Rfc6238.DecodeKey(text) is not { Length: > 0 } key)
        {
            return false;
        }

        // The site's clock, which is the system clock outside tests; tests step it through time instead of waiting 30 s per code.
        return Rfc6238.MatchingStep(key, code, clock.GetUtcNow()) is { } step && await usedSteps.TryUseAsync(user.Id, step);
    }
}
