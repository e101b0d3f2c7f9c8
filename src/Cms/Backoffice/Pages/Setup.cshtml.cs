using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Participation.Cms.Backoffice.Security;
using Participation.Cms.Backoffice.Text;
using Participation.Cms.Security;

namespace Participation.Cms.Backoffice.Pages;

/// <summary>Creates the first admin with the one-time link printed at start-up; gone once any user exists.</summary>
public sealed class SetupModel(FirstAdminSetup setup, UserManager<BackofficeUser> users, SignInManager<BackofficeUser> signIn, TimeProvider clock, BackofficeText text) : PageModel
{
    public Dictionary<string, string> Errors { get; } = [];

    public string? Token { get; private set; }

    public string? DisplayName { get; private set; }

    public string? Email { get; private set; }

    public string? UserName { get; private set; }

    public async Task<IActionResult> OnGetAsync(string? token)
    {
        if (!await IsOpenAsync(token ?? FirstAdminSetup.Cookie.Read(HttpContext)))
        {
            return NotFound();
        }

        // The printed link's first open: the secret moves into a cookie and out of the address (ASVS 14.2.1); the form posts it.
        return token is null ? Page() : LinkTokenCookie.SeeOther(FirstAdminSetup.Cookie.Swap(HttpContext, token, setup.ExpiresAt, clock.GetUtcNow(), "", "token"));
    }

    public async Task<IActionResult> OnPostAsync(string? token, string? displayName, string? email, string? userName, string? password)
    {
        Token = token;
        if (!setup.TryClaim(token))
        {
            return NotFound();
        }

        if (!await setup.NeedsAdminAsync(HttpContext.RequestAborted))
        {
            return NotFound(); // the secret stays spent: an admin exists
        }

        var result = await CreateAdminAsync(displayName, email, userName, password);
        if (result is PageResult)
        {
            setup.Release(token!);
        }

        return result;
    }

    private async Task<IActionResult> CreateAdminAsync(string? displayName, string? email, string? userName, string? password)
    {

        (DisplayName, Email, UserName) = (displayName?.Trim(), email?.Trim(), userName?.Trim());
        if (string.IsNullOrEmpty(DisplayName))
        {
            Errors["displayName"] = text["common.enterName"];
        }

        if (string.IsNullOrEmpty(UserName))
        {
            Errors["userName"] = text["common.enterUserName"];
        }

        if (Errors.Count > 0)
        {
            return Page();
        }

        var user = new BackofficeUser { UserName = UserName, Email = Email, DisplayName = DisplayName!, CreatedAt = clock.GetUtcNow().UtcDateTime };
        var created = await users.CreateAsync(user, password ?? "");
        if (!created.Succeeded)
        {
            foreach (var error in created.Errors)
            {
                Errors[error.Code.Contains("Password", StringComparison.Ordinal) ? "password" : error.Code.Contains("Email", StringComparison.Ordinal) ? "email" : "userName"] = error.Description;
            }

            return Page();
        }

        await users.AddToRoleAsync(user, BackofficeRoles.Admin);
        await signIn.SignInAsync(user, isPersistent: false);
        return Redirect("/umbraco");
    }

    private async Task<bool> IsOpenAsync(string? token)
    {
        Token = token;
        return setup.IsValid(token) && await setup.NeedsAdminAsync(HttpContext.RequestAborted);
    }
}
