using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Participation.Cms.Persistence;

namespace Participation.Cms.Backoffice.Security;

/// <summary>Identity's store, with recovery codes kept hashed (ASVS 6.5.2) instead of in clear text in the user-tokens table.</summary>
internal sealed class BackofficeUserStore(CmsDbContext context, IdentityErrorDescriber? describer = null)
    : UserStore<BackofficeUser, IdentityRole, CmsDbContext>(context, describer)
{
    // Identity's own names for the rows (private in UserStoreBase), so CountCodesAsync keeps working unchanged.
    internal const string IdentityLoginProvider = "[AspNetUserStore]";
    internal const string RecoveryCodesName = "RecoveryCodes";
    internal const string AuthenticatorKeyName = "AuthenticatorKey";

    /// <summary>The editor sees the clear codes once, from UserManager; only their hashes are saved.</summary>
    public override Task ReplaceCodesAsync(BackofficeUser user, IEnumerable<string> recoveryCodes, CancellationToken cancellationToken = default) =>
        base.ReplaceCodesAsync(user, recoveryCodes.Select(RecoveryCodeHash.Create), cancellationToken);

    /// <summary>
    /// Two redemptions of one code at once cannot both succeed: UserManager saves the shortened list together with the user,
    /// whose concurrency stamp the second save no longer matches.
    /// </summary>
    public override async Task<bool> RedeemCodeAsync(BackofficeUser user, string code, CancellationToken cancellationToken = default)
    {
        var codes = (await GetTokenAsync(user, IdentityLoginProvider, RecoveryCodesName, cancellationToken) ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries);
        var match = Array.FindIndex(codes, stored => RecoveryCodeHash.Matches(stored, code));
        if (match < 0)
        {
            return false;
        }

        await SetTokenAsync(user, IdentityLoginProvider, RecoveryCodesName, string.Join(';', codes.Where((_, i) => i != match)), cancellationToken);
        return true;
    }

    /// <summary>A new key starts a new series of codes; the last step spent with the old key must not refuse the first new one.</summary>
    public override async Task SetAuthenticatorKeyAsync(BackofficeUser user, string key, CancellationToken cancellationToken)
    {
        await base.SetAuthenticatorKeyAsync(user, key, cancellationToken);
        await RemoveTokenAsync(user, UsedTotpSteps.LoginProvider, UsedTotpSteps.TokenName, cancellationToken);
    }
}
