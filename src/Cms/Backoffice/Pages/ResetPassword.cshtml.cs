using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Participation.Cms.Backoffice.Security;
using Participation.Cms.Backoffice.Text;
using Participation.Cms.Security;

namespace Participation.Cms.Backoffice.Pages;

/// <summary>
/// A user sets a new password with the one-time link an admin gave them (<see cref="PasswordResetLinks"/>). The new
/// password follows the site's rules; the link is spent only once the password is accepted, and the new security stamp
/// ends every session the account had. Nobody is signed in here: the user signs in again, with the second step if on.
/// </summary>
public sealed class ResetPasswordModel(PasswordResetLinks links, UserManager<BackofficeUser> users, BackofficeText text, TimeProvider clock) : PageModel
{
    public Dictionary<string, string> Errors { get; } = [];

    public string? Id { get; private set; }

    public string? Token { get; private set; }

    public string UserName { get; private set; } = "";

    /// <summary>False for a link that is unknown, used, expired or for a disabled account: the page then says so and shows no form.</summary>
    public bool Valid { get; private set; }

    public async Task<IActionResult> OnGetAsync(string? id, string? token)
    {
        if (await OpenAsync(id, token ?? PasswordResetLinks.Cookie.Read(HttpContext)) is not { } user)
        {
            return Refused();
        }

        // The link's first open: the secret moves into a cookie and out of the address (ASVS 14.2.1); the form posts it.
        return token is not null && await links.ExpiresAsync(user) is { } expires
            ? LinkTokenCookie.SeeOther(PasswordResetLinks.Cookie.Swap(HttpContext, token, expires, clock.GetUtcNow(), "", "token"))
            : Page();
    }

    public async Task<IActionResult> OnPostAsync(string? id, string? token, string? newPassword)
    {
        if (await OpenAsync(id, token) is not { } user)
        {
            return Refused();
        }

        if (string.IsNullOrEmpty(newPassword))
        {
            Errors["newPassword"] = text["account.enterNewPassword"];
            return Invalid();
        }

        // The site's password rules first, so a refused password leaves the link usable for a better one.
        foreach (var validator in users.PasswordValidators)
        {
            foreach (var error in (await validator.ValidateAsync(users, user, newPassword)).Errors)
            {
                Errors.TryAdd("newPassword", error.Description);
            }
        }

        if (Errors.Count > 0)
        {
            return Invalid();
        }

        if (!await links.TryUseAsync(user, token!, HttpContext.RequestAborted))
        {
            return Refused(); // spent by another request a moment ago
        }

        // Identity's own reset, with a token made for this moment: it sets the hash and a new security stamp, and leaves two-step sign-in alone.
        (await users.ResetPasswordAsync(user, await users.GeneratePasswordResetTokenAsync(user), newPassword)).ThrowIfFailed();
        return Redirect("/umbraco/login?reset=done");
    }

    private async Task<BackofficeUser?> OpenAsync(string? id, string? token)
    {
        (Id, Token) = (id, token);
        var user = await links.FindAsync(id, token);
        (Valid, UserName) = (user is not null, user?.UserName ?? "");
        return user;
    }

    private PageResult Refused()
    {
        Valid = false;
        return StatusPage(StatusCodes.Status404NotFound);
    }

    private PageResult Invalid() => StatusPage(StatusCodes.Status400BadRequest);

    private PageResult StatusPage(int status)
    {
        var page = Page();
        page.StatusCode = status;
        return page;
    }
}
