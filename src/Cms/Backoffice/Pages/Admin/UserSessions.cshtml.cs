using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Participation.Cms.Backoffice.Security;
using Participation.Cms.Backoffice.Sessions;
using Participation.Cms.Backoffice.Text;

namespace Participation.Cms.Backoffice.Pages.Admin;

/// <summary>One user's open sessions, for an admin (the folder's Admin policy guards it), who can end any one of them; audited.</summary>
public sealed class UserSessionsModel(UserManager<BackofficeUser> users, BackofficeSessions sessions, UserAccountChanges changes, BackofficeText text) : PageModel
{
    public BackofficeUser Account { get; private set; } = null!;

    public SessionList List { get; private set; } = null!;

    public string? Message { get; private set; }

    public async Task<IActionResult> OnGetAsync(string id, string? ended)
    {
        Message = ended is null ? null : text["userSessions.ended"];
        return await ShowAsync(id);
    }

    public async Task<IActionResult> OnPostEndSessionAsync(string id, string? sessionId)
    {
        if (await users.FindByIdAsync(id) is not { } user || string.IsNullOrEmpty(sessionId)
            || await changes.EndSessionAsync(user, sessionId, User.Identity?.Name ?? "?", HttpContext.RequestAborted) != UserAccountChanges.Outcome.Done)
        {
            return NotFound();
        }

        return RedirectToPage(new { id, ended = "1" });
    }

    private async Task<IActionResult> ShowAsync(string id)
    {
        if (await users.FindByIdAsync(id) is not { } user)
        {
            return NotFound();
        }

        Account = user;
        var current = id == users.GetUserId(User) ? await SessionTracking.CurrentAsync(HttpContext) : null;
        List = new SessionList(await sessions.ListAsync(user, HttpContext.RequestAborted), current, "EndSession", SessionIdField: "sessionId");
        return Page();
    }
}
