using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Participation.Cms.Backoffice.Security;
using Participation.Cms.Backoffice.Text;

namespace Participation.Cms.Backoffice.Pages.Admin;

/// <summary>
/// Admins add editors and writers, change their roles and remove them (the folder's Admin policy guards every handler).
/// The site always keeps an admin, and an admin giving up their own rights is asked first, on the server, so the
/// question stands without script.
/// </summary>
public sealed class UsersModel(UserManager<BackofficeUser> users, SignInManager<BackofficeUser> signIn, UserRoleChanges changes, TimeProvider clock, BackofficeText text) : PageModel
{
    /// <summary>The question shown before an admin demotes or removes themself; <see cref="Role"/> is null for removal.</summary>
    public sealed record SelfChange(string Id, string? Role);

    public IReadOnlyList<(BackofficeUser User, IList<string> Roles, bool External)> Users { get; private set; } = [];

    public Dictionary<string, string> Errors { get; } = [];

    /// <summary>Errors of the role and remove forms in the table, keyed by <see cref="RowField"/>.</summary>
    public Dictionary<string, string> RowErrors { get; } = [];

    public SelfChange? Confirming { get; private set; }

    /// <summary>Removing oneself is asked on the server (<see cref="Confirming"/>), so the script's question is left out.</summary>
    public string? CurrentUserId => users.GetUserId(User);

    public string? Message { get; private set; }

    public static string RowField(string id) => "role-" + id;

    public async Task OnGetAsync(string? created, string? changed, string? removed)
    {
        Message = created is not null ? text.Format("users.created", created)
            : changed is not null ? text.Format("users.roleChanged", changed)
            : removed is not null ? text.Format("users.removed", removed)
            : null;
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

    public async Task<IActionResult> OnPostRoleAsync(string id, string role, bool confirmed)
    {
        var user = await users.FindByIdAsync(id);
        if (user is null || !BackofficeRoles.All.Contains(role))
        {
            return NotFound();
        }

        var name = user.UserName ?? id;
        var self = id == users.GetUserId(User);
        if (self && !confirmed && role != BackofficeRoles.Admin)
        {
            switch (await changes.StandingAsync(id))
            {
                case UserRoleChanges.Standing.OnlyAdmin:
                    return await RefuseAsync(id, name); // no use asking
                case UserRoleChanges.Standing.OneOfTheAdmins:
                    return await AskAsync(new SelfChange(id, role));
            }
        }

        return await changes.ChangeRoleAsync(id, role, HttpContext.RequestAborted) switch
        {
            UserRoleChanges.Outcome.NotFound => NotFound(),
            UserRoleChanges.Outcome.LastAdmin => await RefuseAsync(id, name),
            _ when self => await StaySignedInAsync(id),
            _ => RedirectToPage(new { changed = name }),
        };
    }

    public async Task<IActionResult> OnPostRemoveAsync(string id, bool confirmed)
    {
        var user = await users.FindByIdAsync(id);
        if (user is null)
        {
            return NotFound();
        }

        var name = user.UserName ?? id;
        var self = id == users.GetUserId(User);
        if (self && !confirmed)
        {
            return await changes.StandingAsync(id) == UserRoleChanges.Standing.OnlyAdmin
                ? await RefuseAsync(id, name)
                : await AskAsync(new SelfChange(id, null));
        }

        return await changes.RemoveAsync(id, HttpContext.RequestAborted) switch
        {
            UserRoleChanges.Outcome.NotFound => NotFound(),
            UserRoleChanges.Outcome.LastAdmin => await RefuseAsync(id, name),
            _ when self => await SignedOutAsync(),
            _ => RedirectToPage(new { removed = name }),
        };
    }

    private async Task<IActionResult> AskAsync(SelfChange change)
    {
        Confirming = change;
        await LoadAsync();
        return Page();
    }

    private async Task<IActionResult> RefuseAsync(string id, string name)
    {
        RowErrors[RowField(id)] = text.Format("users.lastAdmin", name);
        await LoadAsync();
        var page = Page();
        page.StatusCode = StatusCodes.Status400BadRequest;
        return page;
    }

    private async Task<IActionResult> SignedOutAsync()
    {
        await signIn.SignOutAsync();
        return Redirect("/umbraco/login");
    }

    /// <summary>The new stamp would end this session too; the admin who demoted themself carries on in the new role.</summary>
    private async Task<IActionResult> StaySignedInAsync(string id)
    {
        if (await users.FindByIdAsync(id) is { } user)
        {
            await signIn.RefreshSignInAsync(user);
        }

        return Redirect("/umbraco");
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
