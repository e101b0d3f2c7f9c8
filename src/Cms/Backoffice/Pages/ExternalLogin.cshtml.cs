using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Participation.Cms.Backoffice.Security;
using Participation.Cms.Backoffice.Text;

namespace Participation.Cms.Backoffice.Pages;

/// <summary>
/// Where the OpenID Connect handler returns after checking code, PKCE, nonce and state. The editor is found by
/// the provider's <c>sub</c> (or created), given the roles the configured claim names, and signed in. When the role
/// must use two-step sign-in and the provider's token does not show a second factor of its own (<c>amr</c>/<c>acr</c>),
/// the site asks for its own: the app's code on the second-step page, or enrolment first for a user without an app.
/// </summary>
public sealed class ExternalLoginModel(
    SignInManager<BackofficeUser> signIn, UserManager<BackofficeUser> users, OpenIdConnectSettings settings, TwoStepSignInPolicy twoStep, TimeProvider clock, SecurityLog log, BackofficeText text)
    : PageModel
{
    public string Message { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(string? returnUrl)
    {
        var info = await signIn.GetExternalLoginInfoAsync();
        if (info is null)
        {
            Message = text["externalLogin.noInfo"];
            return Page();
        }

        var roles = info.Principal.FindAll(settings.RoleClaim).Select(c => c.Value).Where(BackofficeRoles.All.Contains).Distinct().ToList();
        if (roles.Count == 0)
        {
            Message = text["externalLogin.noRole"];
            return Page();
        }

        var user = await users.FindByLoginAsync(info.LoginProvider, info.ProviderKey);
        if (user is null)
        {
            var email = info.Principal.FindFirstValue("email");
            user = new BackofficeUser
            {
                UserName = $"{info.LoginProvider}-{info.ProviderKey}",
                Email = email,
                EmailConfirmed = email is not null,
                DisplayName = info.Principal.FindFirstValue("name") ?? email ?? info.ProviderKey,
                CreatedAt = clock.GetUtcNow().UtcDateTime,
            };
            (await users.CreateAsync(user)).ThrowIfFailed();
            (await users.AddLoginAsync(user, info)).ThrowIfFailed();
        }

        // An admin disabled the account here: the provider's word does not bring it back.
        if (!await signIn.CanSignInAsync(user))
        {
            await HttpContext.SignOutAsync(IdentityConstants.ExternalScheme);
            Message = text["externalLogin.disabled"];
            return Page();
        }

        // The provider is the source of truth for roles: each sign-in brings them up to date.
        var current = await users.GetRolesAsync(user);
        (await users.RemoveFromRolesAsync(user, current.Except(roles))).ThrowIfFailed();
        (await users.AddToRolesAsync(user, roles.Except(current))).ThrowIfFailed();
        var returnTo = LoginModel.SafeReturnUrl(returnUrl);
        if (twoStep.ProviderShowsMultiFactor(info.Principal))
        {
            await signIn.SignInWithClaimsAsync(user, isPersistent: false, [new Claim(ClaimTypes.AuthenticationMethod, info.LoginProvider), TwoStepSignInPolicy.MultiFactorClaim]);
        }
        else if (twoStep.IsRequiredFor(roles))
        {
            // With an app, Identity's second step (the same page and lockout as after a password; it removes the external
            // cookie itself). Without one, a session that opens only the enrolment page.
            var stepUp = await signIn.ExternalLoginSignInAsync(info.LoginProvider, info.ProviderKey, isPersistent: false, bypassTwoFactor: false);
            if (stepUp.RequiresTwoFactor)
            {
                return RedirectToPage("/LoginTwoFactor", new { returnUrl = returnTo });
            }

            if (!stepUp.Succeeded)
            {
                await HttpContext.SignOutAsync(IdentityConstants.ExternalScheme);
                Message = text[stepUp.IsLockedOut ? "login.lockedOut" : "externalLogin.disabled"];
                return Page();
            }

            returnTo = TwoStepSignInGate.EnrolmentPath;
        }
        else
        {
            await signIn.SignInAsync(user, isPersistent: false, info.LoginProvider);
        }

        log.SignedIn(user, info.LoginProvider);
        await HttpContext.SignOutAsync(IdentityConstants.ExternalScheme);
        return LocalRedirect(returnTo);
    }
}
