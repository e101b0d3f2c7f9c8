using Microsoft.AspNetCore.Mvc;
using Participation.Cms.Backoffice.Security;

namespace Participation.Cms.Backoffice.Pages.Admin;

/// <summary>
/// Disabling and enabling accounts, signing users out everywhere, resetting a lost second step, and one-time password reset links. Each change is
/// audited and ends the sessions it should at their next request (the security stamp is checked on every request).
/// </summary>
public sealed partial class UsersModel
{
    /// <summary>The outcomes a redirect may name in <c>?done=</c>; each has a text <c>users.done.&lt;outcome&gt;</c>.</summary>
    private static readonly HashSet<string> Done = ["disabled", "enabled", "sessionsEnded", "allSessionsEnded", "twoFactorReset"];

    /// <summary>Shown once, right after an admin creates it: the link is stored only as a hash.</summary>
    public (string UserName, string Url)? ResetLink { get; private set; }

    public TimeSpan ResetLinkLifetime => resetLinks.Lifetime;

    public async Task<IActionResult> OnPostDisableAsync(string id)
    {
        if (id == users.GetUserId(User))
        {
            return await RefuseAsync(id, text["users.cannotDisableSelf"]);
        }

        return await FindAsync(id) is not { } user ? NotFound()
            : await changes.DisableAsync(id, Actor, HttpContext.RequestAborted) switch
            {
                UserAccountChanges.Outcome.NotFound => NotFound(),
                UserAccountChanges.Outcome.LastAdmin => await RefuseAsync(id, text.Format("users.lastAdmin", user.UserName)),
                _ => Redirected("disabled", user),
            };
    }

    public async Task<IActionResult> OnPostEnableAsync(string id) =>
        await FindAsync(id) is { } user && await changes.EnableAsync(id, Actor, HttpContext.RequestAborted) == UserAccountChanges.Outcome.Done
            ? Redirected("enabled", user)
            : NotFound();

    /// <summary>Signs one user out everywhere; an admin doing it to themself stays signed in here.</summary>
    public async Task<IActionResult> OnPostEndSessionsAsync(string id)
    {
        if (await FindAsync(id) is not { } user || await changes.EndSessionsAsync(id, Actor, HttpContext.RequestAborted) != UserAccountChanges.Outcome.Done)
        {
            return NotFound();
        }

        if (id == users.GetUserId(User) && await users.FindByIdAsync(id) is { } self)
        {
            await signIn.RefreshSignInAsync(self);
        }

        return Redirected("sessionsEnded", user);
    }

    /// <summary>Signs every other user out everywhere (a suspected break-in); the admin asking keeps this session.</summary>
    public async Task<IActionResult> OnPostEndAllSessionsAsync()
    {
        var self = await users.GetUserAsync(User);
        if (self is null)
        {
            return Challenge();
        }

        await changes.EndAllSessionsAsync(self.Id, Actor, HttpContext.RequestAborted);
        return RedirectToPage(new { done = "allSessionsEnded" });
    }

    /// <summary>A lost phone: removes the user's authenticator app and recovery codes and ends their sessions (the admin checks who asks first).</summary>
    public async Task<IActionResult> OnPostResetTwoFactorAsync(string id) =>
        await FindAsync(id) is { } user && await changes.ResetTwoFactorAsync(id, Actor, HttpContext.RequestAborted) == UserAccountChanges.Outcome.Done
            ? Redirected("twoFactorReset", user)
            : NotFound();

    /// <summary>A one-time link with which a local user sets a new password; their two-step sign-in stays as it was.</summary>
    public async Task<IActionResult> OnPostResetLinkAsync(string id)
    {
        if (await FindAsync(id) is not { } user)
        {
            return NotFound();
        }

        if ((await users.GetLoginsAsync(user)).Count > 0)
        {
            return await RefuseAsync(id, text.Format("users.resetLinkOrganisation", user.UserName));
        }

        return await ShowResetLinkAsync(user);
    }

    private async Task<IActionResult> ShowResetLinkAsync(BackofficeUser user)
    {
        var token = await resetLinks.CreateAsync(user, Actor, HttpContext.RequestAborted);
        ResetLink = (user.UserName ?? user.Id, $"{Request.Scheme}://{Request.Host}{PasswordResetLinks.Path(user.Id, token)}");
        await LoadAsync();
        return Page();
    }

    private async Task<BackofficeUser?> FindAsync(string? id) => id is null ? null : await users.FindByIdAsync(id);

    private RedirectToPageResult Redirected(string done, BackofficeUser user) => RedirectToPage(new { done, name = user.UserName });
}
