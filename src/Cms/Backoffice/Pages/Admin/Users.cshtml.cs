using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Participation.Cms.Backoffice.Security;
using Participation.Cms.Backoffice.Text;

namespace Participation.Cms.Backoffice.Pages.Admin;

/// <summary>Admins add editors and writers and change their roles (the folder's Admin policy guards every handler).</summary>
public sealed class UsersModel(UserManager<BackofficeUser> users, TimeProvider clock, BackofficeText text) : PageModel
{
    public IReadOnlyList<(BackofficeUser User, IList<string> Roles, bool External)> Users { get; private set; } = [];

    public Dictionary<string, string> Errors { get; } = [];

    public string? Message { get; private set; }

    public async Task OnGetAsync(string? created)
    {
        Message = created is null ? null : text.Format("users.created", created);
        await LoadAsync();
    }

    public async Task<IActionResult> OnPostCreateAsync(string? userName, string? email, string? displayName, string? role, string? password)
    {
        if (!BackofficeRoles.All.Contains(role ?? ""))
        {
            Errors["role"] = text["users.chooseRole"];
        }

        if (string.IsNullOrWhiteSpace(userName))
        {
            Errors["userName"] = text["common.enterUserName"];
        }

        if (Errors.Count == 0)
        {
            var user = new BackofficeUser { UserName = userName!.Trim(), Email = email?.Trim(), DisplayName = displayName?.Trim() ?? userName, CreatedAt = clock.GetUtcNow().UtcDateTime };
            var result = await users.CreateAsync(user, password ?? "");
            if (result.Succeeded)
            {
                await users.AddToRoleAsync(user, role!);
                return RedirectToPage(new { created = user.UserName });
            }

            foreach (var error in result.Errors)
            {
                Errors[error.Code.Contains("Password", StringComparison.Ordinal) ? "password" : error.Code.Contains("Email", StringComparison.Ordinal) ? "email" : "userName"] = error.Description;
            }
        }

        await LoadAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostRoleAsync(string id, string role)
    {
        var user = await users.FindByIdAsync(id);
        if (user is null || !BackofficeRoles.All.Contains(role))
        {
            return NotFound();
        }

        await users.RemoveFromRolesAsync(user, await users.GetRolesAsync(user));
        await users.AddToRoleAsync(user, role);

        // A new stamp ends the user's open sessions at their next request (the stamp is checked on every request).
        await users.UpdateSecurityStampAsync(user);
        return RedirectToPage();
    }

    private async Task LoadAsync()
    {
        var list = new List<(BackofficeUser, IList<string>, bool)>();
        foreach (var user in await users.Users.OrderBy(u => u.UserName).ToListAsync(HttpContext.RequestAborted))
        {
            list.Add((user, await users.GetRolesAsync(user), (await users.GetLoginsAsync(user)).Count > 0));
        }

        Users = list;
    }
}
