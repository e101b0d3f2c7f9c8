using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Participation.Cms.Backoffice.Security;

namespace Participation.Cms.Backoffice.Pages;

/// <summary>Turning two-step sign-in on (also the enrolment a role may require) and off.</summary>
public sealed partial class AccountModel
{
    public async Task<IActionResult> OnPostStartAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        if (await MayEnrolAsync(user))
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

        if (!await MayEnrolAsync(user))
        {
            return await ShowAsync(user);
        }

        // Whoever holds only the session must not bind their own app to the account and lock its owner out (ASVS 7.5.1).
        // The password first: a code is accepted only once, so one checked beside a mistyped password would be spent and the
        // editor, typing it again with the right password, would be told it does not match. An organisation user has no
        // password here: the provider's sign-in that opened this session is their first step.
        if (await users.HasPasswordAsync(user))
        {
            await ConfirmPasswordAsync(user, twoFactorPassword);
        }

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

        // Turning it on changes the security stamp; renew this browser's cookie so the editor is not signed out at the next
        // stamp check. This session has now shown both factors, so a role that must use two steps may go on.
        await signIn.RenewAsync(user, passedTwoSteps: true);
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
        // The code is checked only after the password, so a wrong password spends no recovery code (it counts towards the lockout).
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
        await signIn.RenewAsync(user, passedTwoSteps: false); // a role that must use two steps is sent back to enrol
        Message = text["account.twoFactorDisabled"];
        return await ShowAsync(user);
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

    /// <summary>Whether this user may add an app now: see <see cref="CanEnrol"/>.</summary>
    private async Task<bool> MayEnrolAsync(BackofficeUser user) =>
        !await users.GetTwoFactorEnabledAsync(user) && (await users.HasPasswordAsync(user) || !twoStep.IsSatisfiedBy(User));
}
