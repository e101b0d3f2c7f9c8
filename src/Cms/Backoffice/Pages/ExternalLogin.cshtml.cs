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
/// the provider's <c>sub</c> (or created), given the roles the configured claim names, and signed in.
/// </summary>
public sealed class ExternalLoginModel(SignInManager<BackofficeUser> signIn, UserManager<BackofficeUser> users, OpenIdConnectSettings settings, TimeProvider clock, SecurityLog log, BackofficeText text) : PageModel
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
        await signIn.SignInAsync(user, isPersistent: false, info.LoginProvider);
        log.SignedIn(user, info.LoginProvider);
        await HttpContext.SignOutAsync(IdentityConstants.ExternalScheme);
        return LocalRedirect(LoginModel.SafeReturnUrl(returnUrl));
    }
}
