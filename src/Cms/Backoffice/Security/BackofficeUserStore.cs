using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Participation.Cms.Persistence;

namespace Participation.Cms.Backoffice.Security;

/// <summary>Identity's store, forgetting the last TOTP step spent when the key changes.</summary>
internal sealed class BackofficeUserStore(CmsDbContext context, IdentityErrorDescriber? describer = null)
    : UserStore<BackofficeUser, IdentityRole, CmsDbContext>(context, describer)
{
    /// <summary>A new key starts a new series of codes; the last step spent with the old key must not refuse the first new one.</summary>
    public override async Task SetAuthenticatorKeyAsync(BackofficeUser user, string key, CancellationToken cancellationToken)
    {
        await base.SetAuthenticatorKeyAsync(user, key, cancellationToken);
        await RemoveTokenAsync(user, UsedTotpSteps.LoginProvider, UsedTotpSteps.TokenName, cancellationToken);
    }
}
