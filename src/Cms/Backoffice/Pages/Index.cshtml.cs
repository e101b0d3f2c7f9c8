using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Participation.Cms.Backoffice.Editing;
using Participation.Cms.Backoffice.Security;
using Participation.Cms.Content;
using Participation.Cms.Backoffice.Text;

namespace Participation.Cms.Backoffice.Pages;

/// <summary>The content tree with drafts, and the recycle bin; tree changes are publishing operations on the item.</summary>
public sealed class IndexModel(BackofficeTree tree, ContentTreeService treeService, IAuthorizationService authorization, Approvals approvals, BackofficeText text) : PageModel
{
    public IReadOnlyList<TreeItem> Roots { get; private set; } = [];

    public IReadOnlyList<TreeItem> Trashed { get; private set; } = [];

    public bool MayPublish { get; private set; }

    public IReadOnlyList<Approvals.Pending> Waiting { get; private set; } = [];

    public string? Error { get; private set; }

    public async Task OnGetAsync() => await LoadAsync();

    [AuthorizeContent(nameof(ContentOperations.Publish))]
    public Task<IActionResult> OnPostRestoreAsync(Guid key) => ChangeAsync(() => treeService.RestoreAsync(key, UserName, cancellationToken: HttpContext.RequestAborted));

    [AuthorizeContent(nameof(ContentOperations.Publish))]
    public Task<IActionResult> OnPostDeleteAsync(Guid key) => ChangeAsync(() => treeService.DeleteAsync(key, UserName, cancellationToken: HttpContext.RequestAborted));

    [AuthorizeContent(nameof(ContentOperations.Publish))]
    public Task<IActionResult> OnPostMoveUpAsync(Guid key, Guid? parent, string? order) =>
        ChangeAsync(() => treeService.SortAsync(parent, Reorder(order, key, -1), UserName, cancellationToken: HttpContext.RequestAborted));

    [AuthorizeContent(nameof(ContentOperations.Publish))]
    public Task<IActionResult> OnPostMoveDownAsync(Guid key, Guid? parent, string? order) =>
        ChangeAsync(() => treeService.SortAsync(parent, Reorder(order, key, +1), UserName, cancellationToken: HttpContext.RequestAborted));

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
        (Roots, Trashed) = await tree.LoadAsync(HttpContext.RequestAborted);
        MayPublish = (await authorization.AuthorizeAsync(User, null, ContentOperations.Publish)).Succeeded;
        Waiting = MayPublish ? await approvals.ListAsync(HttpContext.RequestAborted) : [];
    }

    /// <summary>The siblings' order with one moved; an order that is not the page's own (edited, stale, foreign) is refused.</summary>
    private List<Guid> Reorder(string? order, Guid key, int shift)
    {
        var parts = (order ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var keys = parts.Select(p => Guid.TryParse(p, out var k) ? k : Guid.Empty).ToList();
        var index = keys.IndexOf(key);
        if (index < 0 || keys.Contains(Guid.Empty) || keys.Distinct().Count() != keys.Count)
        {
            throw new ContentOperationException(text["tree.orderChanged"]);
        }

        var target = Math.Clamp(index + shift, 0, keys.Count - 1);
        keys.RemoveAt(index);
        keys.Insert(target, key);
        return keys;
    }

    private string UserName => User.Identity?.Name ?? "?";
}
