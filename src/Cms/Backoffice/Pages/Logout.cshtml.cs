using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Participation.Cms.Backoffice.Security;

namespace Participation.Cms.Backoffice.Pages;

public sealed class LogoutModel(SignInManager<BackofficeUser> signIn) : PageModel
{
    public IActionResult OnGet() => Redirect("/umbraco");

    public async Task<IActionResult> OnPostAsync()
    {
        await signIn.SignOutAsync();
        return Redirect("/umbraco/login");
    }
}
