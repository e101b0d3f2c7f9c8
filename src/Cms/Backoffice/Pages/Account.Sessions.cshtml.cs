using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Participation.Cms.Backoffice.Security;
using Participation.Cms.Backoffice.Sessions;

namespace Participation.Cms.Backoffice.Pages;

/// <summary>
/// The editor's open sessions (ASVS 7.5.2), each of which can be signed out alone. Ending another browser's session
/// asks for the password first, so whoever holds only a stolen cookie cannot shut its owner out. Users of the
/// organisation's provider have no password here: a sign-in in the last <see cref="RecentSignIn"/> stands in for it.
/// </summary>
public sealed partial class AccountModel
{
    public static readonly TimeSpan RecentSignIn = TimeSpan.FromMinutes(10);

    public IReadOnlyList<SessionRecord> Sessions { get; private set; } = [];

    public string? CurrentSessionId { get; private set; }

    /// <summary>The other session the editor asked to end, while the password is asked for.</summary>
    public SessionRecord? Ending { get; private set; }

    public async Task<IActionResult> OnPostEndSessionAsync(string? id, string? sessionPassword, bool confirmed)
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        await LoadSessionsAsync(user);
        var session = Sessions.FirstOrDefault(s => s.Id == id);
        if (session is null)
        {
            Message = text["account.sessionGone"];
            return await ShowAsync(user);
        }

        if (session.Id == CurrentSessionId)
        {
            // Signing out here ends this session only; the logout button's new stamp ends all of them.
            await sessions.EndAsync(user.Id, session.Id, HttpContext.RequestAborted);
            await signIn.SignOutAsync();
            Response.Headers["Clear-Site-Data"] = "\"cache\", \"cookies\", \"storage\"";
            return Redirect("/umbraco/login");
        }

        Ending = session;
        if (!confirmed)
        {
            return await ShowAsync(user);
        }

        if (!await ReauthenticatedAsync(user, sessionPassword))
        {
            return await ShowAsync(user);
        }

        await sessions.EndAsync(user.Id, session.Id, HttpContext.RequestAborted);
        Ending = null;
        Message = text["account.sessionEnded"];
        return await ShowAsync(user);
    }

    private async Task<bool> ReauthenticatedAsync(BackofficeUser user, string? password)
    {
        if (!await users.HasPasswordAsync(user))
        {
            var signedIn = SessionLifetime.SignedIn((await HttpContext.AuthenticateAsync(IdentityConstants.ApplicationScheme)).Properties!);
            if (signedIn is { } at && clock.GetUtcNow() - at <= RecentSignIn)
            {
                return true;
            }

            Errors["sessionPassword"] = text.Format("account.signInAgainToEnd", (int)RecentSignIn.TotalMinutes);
            return false;
        }

        if (string.IsNullOrEmpty(password))
        {
            Errors["sessionPassword"] = text["account.enterCurrentPassword"];
            return false;
        }

        return await CheckPasswordAsync(user, password, "sessionPassword"); // wrong ones count towards the lockout
    }

    private async Task LoadSessionsAsync(BackofficeUser user)
    {
        CurrentSessionId = await SessionTracking.CurrentAsync(HttpContext);
        Sessions = await sessions.ListAsync(user, HttpContext.RequestAborted);
    }
}
