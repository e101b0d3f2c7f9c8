using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Participation.Cms.Backoffice.Editing;
using Participation.Cms.Backoffice.Security;
using Participation.Cms.Content;

namespace Participation.Cms.Backoffice.Pages;

/// <summary>The content section's home: alerts, drafts waiting for an editor and the recycle bin (the tree is beside every content page).</summary>
public sealed class IndexModel(BackofficeTree tree, ContentTreeService treeService, IAuthorizationService authorization, Approvals approvals) : PageModel
{
    public IReadOnlyList<TreeItem> Trashed { get; private set; } = [];

    public bool MayPublish { get; private set; }

    public IReadOnlyList<Approvals.Pending> Waiting { get; private set; } = [];

    public string? Error { get; private set; }

    public async Task OnGetAsync() => await LoadAsync();

    [AuthorizeContent(nameof(ContentOperations.Publish))]
    public Task<IActionResult> OnPostRestoreAsync(Guid key) => ChangeAsync(() => treeService.RestoreAsync(key, UserName, cancellationToken: HttpContext.RequestAborted));

    [AuthorizeContent(nameof(ContentOperations.Publish))]
    public Task<IActionResult> OnPostDeleteAsync(Guid key) => ChangeAsync(() => treeService.DeleteAsync(key, UserName, cancellationToken: HttpContext.RequestAborted));

    private async Task<IActionResult> ChangeAsync(Func<Task> change)
    {
        try
        {
            await change();
            return RedirectToPage();
        }
        catch (ContentOperationException ex)
        {
            Error = ex.Message;
            await LoadAsync();
            var page = Page();
            page.StatusCode = StatusCodes.Status400BadRequest;
            return page;
        }
    }

    private async Task LoadAsync()
    {
        Trashed = await tree.TrashedAsync(HttpContext.RequestAborted);
        MayPublish = (await authorization.AuthorizeAsync(User, null, ContentOperations.Publish)).Succeeded;
        Waiting = MayPublish ? await approvals.ListAsync(HttpContext.RequestAborted) : [];
    }

    private string UserName => User.Identity?.Name ?? "?";
}
