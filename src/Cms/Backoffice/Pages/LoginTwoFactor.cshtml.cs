using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Participation.Cms.Backoffice.Security;
using Participation.Cms.Backoffice.Text;

namespace Participation.Cms.Backoffice.Pages;

/// <summary>
/// The second step after a right password, for editors with two-step sign-in on: the authenticator app's code, or one
/// recovery code. Without a pending sign-in (Identity's two-factor cookie from the password step) it sends back to the login.
/// </summary>
public sealed class LoginTwoFactorModel(SignInManager<BackofficeUser> signIn, UserManager<BackofficeUser> users, SecurityLog log, BackofficeText text) : PageModel
{
    public Dictionary<string, string> Errors { get; } = [];

    public string ReturnUrl { get; private set; } = "/umbraco";

    public async Task<IActionResult> OnGetAsync(string? returnUrl)
    {
        ReturnUrl = LoginModel.SafeReturnUrl(returnUrl);
        return await signIn.GetTwoFactorAuthenticationUserAsync() is null ? Redirect("/umbraco/login") : Page();
    }

    public async Task<IActionResult> OnPostAsync(string? code, string? returnUrl)
    {
        ReturnUrl = LoginModel.SafeReturnUrl(returnUrl);
        if (await signIn.GetTwoFactorAuthenticationUserAsync() is not { } pending)
        {
            return Redirect("/umbraco/login");
        }

        var digits = TwoFactorCodes.Totp(code);
        if (digits is null)
        {
            Errors["code"] = text["twoFactor.enterCode"];
            return Page();
        }

        // Identity counts a wrong code as a failed attempt (the right password does not reset the count while two-step sign-in is on).
        var result = await signIn.TwoFactorAuthenticatorSignInAsync(digits, isPersistent: false, rememberClient: false);
        if (result.Succeeded)
        {
            log.SignedIn(pending, "password and app code");
            return LocalRedirect(ReturnUrl);
        }

        log.SecondStepFailed(pending);
        Errors["code"] = text[result.IsLockedOut ? "login.lockedOut" : "twoFactor.wrongCode"];
        return Page();
    }

    public async Task<IActionResult> OnPostRecoveryAsync(string? recoveryCode, string? returnUrl)
    {
        ReturnUrl = LoginModel.SafeReturnUrl(returnUrl);
        var user = await signIn.GetTwoFactorAuthenticationUserAsync();
        if (user is null)
        {
            return Redirect("/umbraco/login");
        }

        var typed = TwoFactorCodes.Recovery(recoveryCode);
        if (typed.Length == 0)
        {
            Errors["recoveryCode"] = text["twoFactor.enterRecoveryCode"];
            return Page();
        }

        // Identity's recovery-code sign-in does not count a wrong code toward lockout (as of .NET 10): check and count here,
        // so guessing recovery codes is limited like guessing app codes. The count check keeps a later Identity that does count from counting twice.
        if (await users.IsLockedOutAsync(user))
        {
            Errors["recoveryCode"] = text["login.lockedOut"];
            return Page();
        }

        var failedBefore = await users.GetAccessFailedCountAsync(user);
        if ((await signIn.TwoFactorRecoveryCodeSignInAsync(typed)).Succeeded)
        {
            log.SignedIn(user, "password and recovery code");
            return LocalRedirect(ReturnUrl);
        }

        log.SecondStepFailed(user);

        if (await users.GetAccessFailedCountAsync(user) == failedBefore && !await users.IsLockedOutAsync(user))
        {
            await users.AccessFailedAsync(user);
        }

        Errors["recoveryCode"] = text[await users.IsLockedOutAsync(user) ? "login.lockedOut" : "twoFactor.wrongRecoveryCode"];
        return Page();
    }
}
