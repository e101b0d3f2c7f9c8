using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Participation.Cms.Backoffice.Security;
using Participation.Cms.Backoffice.Sessions;

namespace Participation.Cms.Backoffice.Pages;

public sealed class LogoutModel(SignInManager<BackofficeUser> signIn, UserManager<BackofficeUser> users, BackofficeSessions sessions) : PageModel
{
    public IActionResult OnGet() => Redirect("/umbraco");

    public async Task<IActionResult> OnPostAsync()
    {
        // Deleting the cookie here would leave any copy of it valid until it expires. A new security stamp ends the
        // session on the server: this cookie, a copy of it, and the user's sessions in other browsers alike.
        if (await users.GetUserAsync(User) is { } user)
        {
            await users.UpdateSecurityStampAsync(user);
            if (await SessionTracking.CurrentAsync(HttpContext) is { } session)
            {
                await sessions.EndAsync(user.Id, session, HttpContext.RequestAborted);
            }
        }

        await signIn.SignOutAsync();
        Response.Headers["Clear-Site-Data"] = "\"cache\", \"cookies\", \"storage\"";
        return Redirect("/umbraco/login");
    }
}
