using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Participation.Cms.Backoffice.Tree;

namespace Participation.Cms.Backoffice.Pages.Tree;

/// <summary>One page of an item's children in the tree (the top level without a parent), for the tree script or as a page.</summary>
public sealed class ChildrenModel(ContentTreeReader tree) : PageModel
{
    public ContentTreeReader.Level Level { get; private set; } = null!;

    public bool Fragment { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid? parent, int skip, bool fragment)
    {
        if (await tree.ChildrenAsync(parent, skip, HttpContext.RequestAborted) is not { } level)
        {
            return NotFound();
        }

        (Level, Fragment) = (level, fragment);
        return Page();
    }
}
