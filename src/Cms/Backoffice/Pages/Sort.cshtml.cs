using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Participation.Cms.Backoffice.Security;
using Participation.Cms.Backoffice.Text;
using Participation.Cms.Backoffice.Tree;
using Participation.Cms.Backoffice.Editing;
using Participation.Cms.Content;
using Participation.Cms.Site;

namespace Participation.Cms.Backoffice.Pages;

/// <summary>
/// Sorting one item's children (the top level without a parent), as Umbraco's "Sort children": up and down buttons that
/// work by keyboard and without script, and drag and drop that sends the whole new order. Every change carries the order
/// the editor saw, so a list changed in another window is refused rather than scrambled.
/// </summary>
[AuthorizeContent(nameof(ContentOperations.Publish), Item = "parent", TopLevel = true)]
public sealed class SortModel(ContentTreeReader tree, ContentTreeService treeService, EditorStateLoader loader, SiteOptions site, BackofficeText text) : PageModel
{
    /// <summary>More children than this are not sorted by hand (news lists sort by date); the page says so.</summary>
    public const int MaxSortable = 1000;

    public Guid? Parent { get; private set; }

    public string ParentName { get; private set; } = "";

    public IReadOnlyList<ContentTreeReader.Item> Children { get; private set; } = [];

    public bool TooMany { get; private set; }

    public string? Error { get; private set; }

    public string? Message { get; private set; }

    public string Order => string.Join(',', Children.Select(c => c.Key));

    public async Task<IActionResult> OnGetAsync(Guid? parent, bool sorted)
    {
        if (!await LoadAsync(parent))
        {
            return NotFound();
        }

        Message = sorted ? text["sort.saved"] : null;
        return Page();
    }

    public Task<IActionResult> OnPostMoveUpAsync(Guid? parent, Guid key, string? order) => ChangeAsync(parent, () => Reorder(order, key, -1));

    public Task<IActionResult> OnPostMoveDownAsync(Guid? parent, Guid key, string? order) => ChangeAsync(parent, () => Reorder(order, key, +1));

    /// <summary>The whole order at once, as drag and drop leaves it.</summary>
    public Task<IActionResult> OnPostOrderAsync(Guid? parent, string? order) => ChangeAsync(parent, () => Keys(order));

    private async Task<IActionResult> ChangeAsync(Guid? parent, Func<List<Guid>> order)
    {
        try
        {
            await treeService.SortAsync(parent, order(), User.Identity?.Name ?? "?", cancellationToken: HttpContext.RequestAborted);
            return Redirect(parent is null ? "/umbraco/sort?sorted=true" : $"/umbraco/sort?parent={parent}&sorted=true");
        }
        catch (ContentOperationException ex)
        {
            if (!await LoadAsync(parent))
            {
                return NotFound();
            }

            Error = ex.Message;
            var page = Page();
            page.StatusCode = StatusCodes.Status400BadRequest;
            return page;
        }
    }

    private async Task<bool> LoadAsync(Guid? parent)
    {
        if (await tree.ChildrenAsync(parent, 0, HttpContext.RequestAborted, MaxSortable) is not { } level)
        {
            return false;
        }

        (Parent, Children, TooMany) = (parent, level.Items, level.Next is not null);
        ParentName = parent is { } key && await loader.LoadAsync(key, HttpContext.RequestAborted) is { } state
            ? BackofficeTree.NameOf(state.Draft, site.DefaultCulture, text["common.untitled"])
            : text["sort.topLevel"];
        return true;
    }

    /// <summary>The siblings' order with one moved; an order that is not the page's own (edited, stale, foreign) is refused.</summary>
    private List<Guid> Reorder(string? order, Guid key, int shift)
    {
        var keys = Keys(order);
        var index = keys.IndexOf(key);
        if (index < 0)
        {
            throw new ContentOperationException(text["tree.orderChanged"]);
        }

        var target = Math.Clamp(index + shift, 0, keys.Count - 1);
        keys.RemoveAt(index);
        keys.Insert(target, key);
        return keys;
    }

    private List<Guid> Keys(string? order)
    {
        var keys = (order ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(p => Guid.TryParse(p, out var k) ? k : Guid.Empty).ToList();
        return keys.Count == 0 || keys.Contains(Guid.Empty) || keys.Distinct().Count() != keys.Count
            ? throw new ContentOperationException(text["tree.orderChanged"])
            : keys;
    }
}
