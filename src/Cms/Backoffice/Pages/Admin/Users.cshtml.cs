using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Participation.Cms.Backoffice.Security;
using Participation.Cms.Backoffice.Text;

namespace Participation.Cms.Backoffice.Pages.Admin;

/// <summary>
/// Admins add editors and writers, change their roles and remove them (the folder's Admin policy guards every handler);
/// disabling, sessions and reset links are in <c>Users.Accounts.cshtml.cs</c>. The site always keeps an admin who can
/// sign in, and an admin giving up their own rights is asked first, on the server, so the question stands without script.
/// </summary>
public sealed partial class UsersModel(
    UserManager<BackofficeUser> users, SignInManager<BackofficeUser> signIn, UserAccountChanges changes, PasswordResetLinks resetLinks, TimeProvider clock, BackofficeText text)
    : PageModel
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

    /// <summary>The admin's name for the audit rows.</summary>
    private string Actor => User.Identity?.Name ?? "?";

    public async Task OnGetAsync(string? changed, string? removed, string? done, string? name)
    {
        Message = changed is not null ? text.Format("users.roleChanged", changed)
            : removed is not null ? text.Format("users.removed", removed)
            : done is not null && Done.Contains(done) ? text.Format("users.done." + done, name ?? "")
            : null;
        await LoadAsync();
    }

    /// <summary>
    /// A new local user gets no password from the admin: the page shows a one-time link (as for a reset) with which the
    /// user sets their own, so no initial secret is typed, sent or left unchanged (ASVS 6.4.1).
    /// </summary>
    public async Task<IActionResult> OnPostCreateAsync(string? userName, string? email, string? displayName, string? role)
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
            var result = await users.CreateAsync(user);
            if (result.Succeeded)
            {
                (await users.AddToRoleAsync(user, role!)).ThrowIfFailed();
                Message = text.Format("users.created", user.UserName);
                return await ShowResetLinkAsync(user);
            }

            foreach (var error in result.Errors)
            {
                Errors[error.Code.Contains("Email", StringComparison.Ordinal) ? "email" : "userName"] = error.Description;
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
                case UserAccountChanges.Standing.OnlyAdmin:
                    return await RefuseAsync(id, text.Format("users.lastAdmin", name)); // no use asking
                case UserAccountChanges.Standing.OneOfTheAdmins:
                    return await AskAsync(new SelfChange(id, role));
            }
        }

        return await changes.ChangeRoleAsync(id, role, Actor, HttpContext.RequestAborted) switch
        {
            UserAccountChanges.Outcome.NotFound => NotFound(),
            UserAccountChanges.Outcome.LastAdmin => await RefuseAsync(id, text.Format("users.lastAdmin", name)),
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
            return await changes.StandingAsync(id) == UserAccountChanges.Standing.OnlyAdmin
                ? await RefuseAsync(id, text.Format("users.lastAdmin", name))
                : await AskAsync(new SelfChange(id, null));
        }

        return await changes.RemoveAsync(id, Actor, HttpContext.RequestAborted) switch
        {
            UserAccountChanges.Outcome.NotFound => NotFound(),
            UserAccountChanges.Outcome.LastAdmin => await RefuseAsync(id, text.Format("users.lastAdmin", name)),
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

    /// <summary>The form shown again with <paramref name="message"/> next to the user's row, as a 400.</summary>
    private async Task<IActionResult> RefuseAsync(string id, string message)
    {
        RowErrors[RowField(id)] = message;
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
