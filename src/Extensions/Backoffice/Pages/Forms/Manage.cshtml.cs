using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Participation.Extensions.Forms.Backoffice;
using Participation.Extensions.Forms.Entries;
using Participation.Extensions.Forms.Workflows;

namespace Participation.Extensions.Backoffice.Pages.Forms;

/// <summary>
/// The entry page's buttons. A page of its own because Razor Pages authorize a page, not a handler: the entry page is
/// for every role, these are for editors and admins only.
/// </summary>
[Authorize(Policy = FormsPolicies.ManageEntries)]
public sealed class ManageModel(EntryModeration moderation, WorkflowStatus workflows) : PageModel
{
    public IActionResult OnGet(Guid id) => RedirectToPage("/Forms/Entry", new { id });

    public async Task<IActionResult> OnPostApproveAsync(Guid id) =>
        await moderation.ApproveAsync(id, User.Identity!.Name!, HttpContext.RequestAborted) ? Back(id, "approved") : NotFound();

    public async Task<IActionResult> OnPostRejectAsync(Guid id) =>
        await moderation.RejectAsync(id, User.Identity!.Name!, HttpContext.RequestAborted) ? Back(id, "rejected") : NotFound();

    public async Task<IActionResult> OnPostRetryAsync(Guid id, long taskId) =>
        await workflows.RetryNowAsync(taskId, HttpContext.RequestAborted) ? Back(id, "retried") : NotFound();

    public async Task<IActionResult> OnPostDeleteAsync(Guid id) =>
        await moderation.DeleteAsync(id, User.Identity!.Name!, HttpContext.RequestAborted) is { } formId ? Redirect($"/umbraco/forms/{formId}") : NotFound();

    private RedirectResult Back(Guid id, string done) => Redirect($"/umbraco/forms/entries/{id}?done={done}");
}
