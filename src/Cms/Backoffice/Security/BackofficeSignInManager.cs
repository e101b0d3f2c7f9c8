using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Participation.Cms.Backoffice.Security;

/// <summary>
/// Identity's sign-in with one rule added: a disabled account signs in in no way. A password sign-in then fails before
/// the second step (the sign-in page answers it as a wrong password), and a session still open is refused at its next
/// request even if its cookie carries the current security stamp.
/// </summary>
internal sealed class BackofficeSignInManager(
    UserManager<BackofficeUser> users,
    IHttpContextAccessor contextAccessor,
    IUserClaimsPrincipalFactory<BackofficeUser> claimsFactory,
    IOptions<IdentityOptions> optionsAccessor,
    ILogger<SignInManager<BackofficeUser>> logger,
    IAuthenticationSchemeProvider schemes,
    IUserConfirmation<BackofficeUser> confirmation)
    : SignInManager<BackofficeUser>(users, contextAccessor, claimsFactory, optionsAccessor, logger, schemes, confirmation)
{
    public override async Task<bool> CanSignInAsync(BackofficeUser user) =>
        user.DisabledAt is null && await base.CanSignInAsync(user);

    public override async Task<BackofficeUser?> ValidateSecurityStampAsync(ClaimsPrincipal? principal) =>
        await base.ValidateSecurityStampAsync(principal) is { DisabledAt: null } user ? user : null;
}
