using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Participation.Cms.Backoffice.Security;
using Participation.Cms.Backoffice.Sessions;
using Participation.Cms.Backoffice.Text;

namespace Participation.Cms.Backoffice.Pages;

/// <summary>The signed-in editor's own account: two-step sign-in with an authenticator app (TOTP, RFC 6238), the password, and the open sessions (<c>Account.Sessions.cshtml.cs</c>).</summary>
public sealed partial class AccountModel(
    UserManager<BackofficeUser> users, SignInManager<BackofficeUser> signIn, BackofficeSessions sessions, SignInThrottle throttle, TimeProvider clock, BackofficeText text)
    : PageModel
{
    public Dictionary<string, string> Errors { get; } = [];

    public string? Message { get; private set; }

    public string UserName { get; private set; } = "";

    /// <summary>False for editors who only sign in with the organisation's account: its provider does their second step.</summary>
    public bool HasPassword { get; private set; }

    public bool TwoFactorEnabled { get; private set; }

    public int RecoveryCodesLeft { get; private set; }

    /// <summary>Set while the editor is adding the key to an app (after turning it on, and again after a wrong code).</summary>
    public string? SharedKey { get; private set; }

    public string? AuthenticatorUri { get; private set; }

    /// <summary>Shown once, right after two-step sign-in is turned on; no page shows them again.</summary>
    public IReadOnlyList<string>? RecoveryCodes { get; private set; }

    public async Task<IActionResult> OnGetAsync() =>
        await users.GetUserAsync(User) is { } user ? await ShowAsync(user) : Challenge();

    public async Task<IActionResult> OnPostStartAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        if (await users.HasPasswordAsync(user) && !await users.GetTwoFactorEnabledAsync(user))
        {
            await ShowKeyAsync(user);
        }

        return await ShowAsync(user);
    }

    public async Task<IActionResult> OnPostVerifyAsync(string? code, string? twoFactorPassword)
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        if (!await users.HasPasswordAsync(user) || await users.GetTwoFactorEnabledAsync(user))
        {
            return await ShowAsync(user);
        }

        // Whoever holds only the session must not bind their own app to the account and lock its owner out (ASVS 7.5.1).
        // The password first: a code is accepted only once, so one checked beside a mistyped password would be spent and the
        // editor, typing it again with the right password, would be told it does not match.
        await ConfirmPasswordAsync(user, twoFactorPassword);
        var digits = TwoFactorCodes.Totp(code);
        if (digits is null)
        {
            Errors["code"] = text["account.enterAppCode"];
        }
        else if (Errors.Count == 0 && !await users.VerifyTwoFactorTokenAsync(user, TokenOptions.DefaultAuthenticatorProvider, digits))
        {
            Errors["code"] = text["account.codeMismatch"];
        }

        if (Errors.Count > 0)
        {
            await ShowKeyAsync(user);
            return await ShowAsync(user);
        }

        (await users.SetTwoFactorEnabledAsync(user, true)).ThrowIfFailed();
        RecoveryCodes = [.. await users.GenerateNewTwoFactorRecoveryCodesAsync(user, TwoFactorCodes.RecoveryCodeCount) ?? []];

        // Turning it on changes the security stamp; renew this browser's cookie so the editor is not signed out at the next stamp check.
        await signIn.RefreshSignInAsync(user);
        Message = text["account.twoFactorEnabled"];
        return await ShowAsync(user);
    }

    public async Task<IActionResult> OnPostDisableAsync(string? twoFactorPassword, string? disableCode)
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        if (!await users.GetTwoFactorEnabledAsync(user))
        {
            return await ShowAsync(user);
        }

        // Both factors again (ASVS 7.5.1): a stolen session alone, or a leaked password with it, cannot remove the second step.
        // The code is checked only after the password, so a wrong password spends no recovery code and no lockout count.
        await ConfirmPasswordAsync(user, twoFactorPassword);
        if (Errors.Count == 0)
        {
            await ConfirmSecondFactorAsync(user, disableCode);
        }

        if (Errors.Count > 0)
        {
            return await ShowAsync(user);
        }

        (await users.SetTwoFactorEnabledAsync(user, false)).ThrowIfFailed();

        // A new key and no recovery codes: an old phone or a printed code list is worth nothing if the editor turns it on again.
        (await users.ResetAuthenticatorKeyAsync(user)).ThrowIfFailed();
        await users.GenerateNewTwoFactorRecoveryCodesAsync(user, 0);
        await signIn.RefreshSignInAsync(user);
        Message = text["account.twoFactorDisabled"];
        return await ShowAsync(user);
    }

    public async Task<IActionResult> OnPostPasswordAsync(string? currentPassword, string? newPassword)
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        if (string.IsNullOrEmpty(currentPassword))
        {
            Errors["currentPassword"] = text["account.enterCurrentPassword"];
        }

        if (string.IsNullOrEmpty(newPassword))
        {
            Errors["newPassword"] = text["account.enterNewPassword"];
        }

        if (Errors.Count == 0)
        {
            var changed = await users.ChangePasswordAsync(user, currentPassword!, newPassword!);
            foreach (var error in changed.Errors)
            {
                if (error.Code == nameof(IdentityErrorDescriber.PasswordMismatch))
                {
                    Errors["currentPassword"] = text["account.wrongCurrentPassword"];
                }
                else
                {
                    Errors["newPassword"] = error.Description;
                }
            }

            if (changed.Succeeded)
            {
                await signIn.RefreshSignInAsync(user);
                Message = text["account.passwordChanged"];
            }
        }

        return await ShowAsync(user);
    }

    /// <summary>Ends the editor's sessions in every other browser (a forgotten shared computer) and keeps this one.</summary>
    public async Task<IActionResult> OnPostEndOtherSessionsAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        (await users.UpdateSecurityStampAsync(user)).ThrowIfFailed();
        await signIn.RefreshSignInAsync(user);
        Message = text["account.otherSessionsEnded"];
        return await ShowAsync(user);
    }

    private async Task ConfirmPasswordAsync(BackofficeUser user, string? password)
    {
        if (string.IsNullOrEmpty(password))
        {
            Errors["twoFactorPassword"] = text["account.enterCurrentPassword"];
        }
        else if (!await users.CheckPasswordAsync(user, password))
        {
            Errors["twoFactorPassword"] = text["account.wrongCurrentPassword"];
        }
    }

    /// <summary>A code from the app or an unused recovery code; wrong ones count towards the same lockout as at sign-in, so this form cannot be used to guess codes.</summary>
    private async Task ConfirmSecondFactorAsync(BackofficeUser user, string? typed)
    {
        var digits = TwoFactorCodes.Totp(typed);
        var recovery = TwoFactorCodes.Recovery(typed);
        if (digits is null && recovery.Length == 0)
        {
            Errors["disableCode"] = text["account.enterDisableCode"];
        }
        else if (await users.IsLockedOutAsync(user))
        {
            Errors["disableCode"] = text["login.lockedOut"];
        }
        else if (digits is not null
            ? await users.VerifyTwoFactorTokenAsync(user, TokenOptions.DefaultAuthenticatorProvider, digits)
            : (await users.RedeemTwoFactorRecoveryCodeAsync(user, recovery)).Succeeded)
        {
            await users.ResetAccessFailedCountAsync(user);
        }
        else
        {
            await users.AccessFailedAsync(user);
            Errors["disableCode"] = text["account.disableCodeWrong"];
        }
    }

    private async Task<IActionResult> ShowAsync(BackofficeUser user)
    {
        UserName = user.UserName ?? "";
        HasPassword = await users.HasPasswordAsync(user);
        TwoFactorEnabled = await users.GetTwoFactorEnabledAsync(user);
        RecoveryCodesLeft = TwoFactorEnabled ? await users.CountRecoveryCodesAsync(user) : 0;
        await LoadSessionsAsync(user);
        return Page();
    }

    private async Task ShowKeyAsync(BackofficeUser user)
    {
        var key = await users.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key))
        {
            (await users.ResetAuthenticatorKeyAsync(user)).ThrowIfFailed();
            await signIn.RefreshSignInAsync(user);
            key = (await users.GetAuthenticatorKeyAsync(user))!;
        }

        SharedKey = TwoFactorCodes.FormatKey(key);
        AuthenticatorUri = TwoFactorCodes.AuthenticatorUri(user.UserName ?? "", key);
    }
}
