using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Participation.Cms.Backoffice.Security;
using Participation.Cms.Backoffice.Sessions;
using Participation.Cms.Backoffice.Text;

namespace Participation.Cms.Backoffice.Pages;

/// <summary>
/// The signed-in editor's own account: two-step sign-in with an authenticator app (TOTP, RFC 6238; in
/// <c>Account.TwoFactor.cshtml.cs</c>), the password and the open sessions (<c>Account.Sessions.cshtml.cs</c>). It is
/// also the enrolment page that <see cref="TwoStepSignInGate"/> sends a session to when the user's role must use
/// two-step sign-in.
/// </summary>
public sealed partial class AccountModel(
    UserManager<BackofficeUser> users, SignInManager<BackofficeUser> signIn, CurrentPasswordCheck passwords, TwoStepSignInPolicy twoStep, BackofficeSessions sessions, TimeProvider clock, BackofficeText text)
    : PageModel
{
    public Dictionary<string, string> Errors { get; } = [];

    public string? Message { get; private set; }

    public string UserName { get; private set; } = "";

    /// <summary>False for editors who only sign in with the organisation's account: its provider does their second step.</summary>
    public bool HasPassword { get; private set; }

    public bool TwoFactorEnabled { get; private set; }

    /// <summary>The user's role must use two-step sign-in and this session has not passed it: nothing else opens until they enrol.</summary>
    public bool EnrolmentRequired { get; private set; }

    /// <summary>A password user, or an organisation user whose role needs the site's own second step (the provider showed none).</summary>
    public bool CanEnrol => HasPassword || EnrolmentRequired;

    public int RecoveryCodesLeft { get; private set; }

    /// <summary>Set while the editor is adding the key to an app (after turning it on, and again after a wrong code).</summary>
    public string? SharedKey { get; private set; }

    public string? AuthenticatorUri { get; private set; }

    /// <summary>Shown once, right after two-step sign-in is turned on; no page shows them again.</summary>
    public IReadOnlyList<string>? RecoveryCodes { get; private set; }

    public async Task<IActionResult> OnGetAsync() =>
        await users.GetUserAsync(User) is { } user ? await ShowAsync(user) : Challenge();

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

        if (Errors.Count == 0 && await CheckPasswordAsync(user, currentPassword!, "currentPassword"))
        {
            var changed = await users.ChangePasswordAsync(user, currentPassword!, newPassword!);
            foreach (var error in changed.Errors)
            {
                Errors[error.Code == nameof(IdentityErrorDescriber.PasswordMismatch) ? "currentPassword" : "newPassword"] = error.Description;
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
        else
        {
            await CheckPasswordAsync(user, password, "twoFactorPassword");
        }
    }

    /// <summary>Wrong passwords here count towards the account's lockout (<see cref="CurrentPasswordCheck"/>).</summary>
    private async Task<bool> CheckPasswordAsync(BackofficeUser user, string password, string field)
    {
        switch (await passwords.CheckAsync(user, password))
        {
            case CurrentPasswordCheck.Result.Right:
                return true;
            case CurrentPasswordCheck.Result.LockedOut:
                Errors[field] = text["login.lockedOut"];
                return false;
            default:
                Errors[field] = text["account.wrongCurrentPassword"];
                return false;
        }
    }

    private async Task<IActionResult> ShowAsync(BackofficeUser user)
    {
        UserName = user.UserName ?? "";
        HasPassword = await users.HasPasswordAsync(user);
        TwoFactorEnabled = await users.GetTwoFactorEnabledAsync(user);
        RecoveryCodesLeft = TwoFactorEnabled ? await users.CountRecoveryCodesAsync(user) : 0;
        EnrolmentRequired = !TwoFactorEnabled && !twoStep.IsSatisfiedBy(User);
        await LoadSessionsAsync(user);
        return Page();
    }
}
