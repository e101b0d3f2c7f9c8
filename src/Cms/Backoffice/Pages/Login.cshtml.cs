using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using Participation.Cms.Backoffice.Security;
using Participation.Cms.Backoffice.Text;

namespace Participation.Cms.Backoffice.Pages;

public sealed class LoginModel(
    SignInManager<BackofficeUser> signIn,
    UserManager<BackofficeUser> users,
    SignInThrottle throttle,
    UnknownUserPasswordCheck unknownUser,
    OpenIdConnectSettings openIdConnect,
    IOptionsMonitor<OpenIdConnectOptions> handlerOptions,
    TwoStepSignInPolicy twoStep,
    SecurityLog log,
    BackofficeText text) : PageModel
{
    public OpenIdConnectSettings OpenIdConnect { get; } = openIdConnect;

    public Dictionary<string, string> Errors { get; } = [];

    public string? UserName { get; private set; }

    public string ReturnUrl { get; private set; } = "/umbraco";

    /// <summary>Set after a password was reset with a link: the user now signs in with it.</summary>
    public string? Notice { get; private set; }

    public void OnGet(string? returnUrl, string? external, string? reset)
    {
        ReturnUrl = SafeReturnUrl(returnUrl);
        Notice = reset == "done" ? text["login.passwordReset"] : null;
        if (external == "failed")
        {
            Errors["userName"] = text["login.externalFailed"];
        }
    }

    public async Task<IActionResult> OnPostAsync(string? userName, string? password, string? returnUrl)
    {
        ReturnUrl = SafeReturnUrl(returnUrl);
        UserName = userName?.Trim();
        if (string.IsNullOrEmpty(UserName))
        {
            Errors["userName"] = text["login.enterUserNameOrEmail"];
        }

        if (string.IsNullOrEmpty(password))
        {
            Errors["password"] = text["login.enterPassword"];
        }

        if (Errors.Count > 0)
        {
            return Page();
        }

        if (!throttle.TryBegin(HttpContext, UserName!))
        {
            log.SignInThrottled();
            Errors["password"] = text.Format("login.tooManyAttempts", (int)throttle.RetryAfter.TotalMinutes);
            Response.StatusCode = StatusCodes.Status429TooManyRequests;
            return Page();
        }

        var user = await users.FindByNameAsync(UserName!) ?? await users.FindByEmailAsync(UserName!);
        var result = Microsoft.AspNetCore.Identity.SignInResult.Failed;
        if (user is null)
        {
            unknownUser.SpendTheSameTime(password!);
        }
        else
        {
            // Wrong passwords do not lock the account (SignInThrottle says why); wrong second-step codes do.
            result = await signIn.PasswordSignInAsync(user, password!, isPersistent: false, lockoutOnFailure: false);
            if (result.IsLockedOut || result.IsNotAllowed)
            {
                // Identity answers these before hashing. Hash anyway, and say "locked" only to someone who has the
                // password: to anyone else a locked account looks like every other wrong guess.
                result = await users.CheckPasswordAsync(user, password!) && result.IsLockedOut ? result : Microsoft.AspNetCore.Identity.SignInResult.Failed;
            }
        }

        if (result.Succeeded)
        {
            log.SignedIn(user!, "password");

            // A password alone where the role must use two steps: the session opens only the enrolment page (TwoStepSignInGate).
            return LocalRedirect(twoStep.IsRequiredFor(await users.GetRolesAsync(user!)) ? TwoStepSignInGate.EnrolmentPath : ReturnUrl);
        }

        if (result.RequiresTwoFactor)
        {
            return RedirectToPage("/LoginTwoFactor", new { returnUrl = ReturnUrl });
        }

        if (!result.IsLockedOut)
        {
            throttle.Failed(HttpContext, UserName!);
        }

        log.SignInFailed(user);

        // One message for unknown user and wrong password, so the form does not reveal which accounts exist.
        Errors["password"] = text[result.IsLockedOut ? "login.lockedOut" : "login.wrongPassword"];
        return Page();
    }

    public async Task<IActionResult> OnPostExternalAsync(string? returnUrl)
    {
        if (!OpenIdConnect.Enabled)
        {
            return NotFound();
        }

        ReturnUrl = SafeReturnUrl(returnUrl);

        // The handler loads the provider's metadata inside the challenge, where a failure can only be a 500. Loaded here
        // first (the handler then gets the cached copy), a provider that cannot be reached or whose metadata names another
        // issuer (IssuerCheckedConfigurationManager) is a message on this page and a logged reason.
        try
        {
            if (handlerOptions.Get(BackofficeServiceCollectionExtensions.OidcScheme).ConfigurationManager is { } metadata)
            {
                await metadata.GetConfigurationAsync(HttpContext.RequestAborted);
            }
        }
        catch (InvalidOperationException exception)
        {
            log.ProviderRefused(exception.Message);
            Errors["userName"] = text["login.externalUnavailable"];
            return Page();
        }

        var redirect = Url.Page("/ExternalLogin", new { returnUrl = ReturnUrl });
        var properties = signIn.ConfigureExternalAuthenticationProperties(BackofficeServiceCollectionExtensions.OidcScheme, redirect);
        return Challenge(properties, BackofficeServiceCollectionExtensions.OidcScheme);
    }

    /// <summary>Only paths inside the backoffice: a login link can never send an editor to another site.</summary>
    internal static string SafeReturnUrl(string? returnUrl) =>
        returnUrl is { Length: > 0 } && returnUrl.StartsWith("/umbraco", StringComparison.Ordinal) && !returnUrl.StartsWith("//", StringComparison.Ordinal)
            ? returnUrl
            : "/umbraco";
}
