using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Participation.Cms.PublishedCache;
using Participation.Cms.Site;
using Participation.Extensions.AreaCommittees;
using Participation.Extensions.AreaCommittees.Ideas;

namespace Participation.Extensions.Backoffice.Pages.Ideas;

/// <summary>One area's ideas, newest first, 50 a page, optionally of one status.</summary>
[Authorize(Policy = IdeasPolicies.ManageIdeas)]
public sealed class AreaModel(PublishedSnapshotService snapshots, AreaIdeaQuery query, SiteOptions site) : PageModel
{
    public const int PageSize = 50;

    [BindProperty(SupportsGet = true, Name = "status")]
    public string? StatusFilter { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public IdeaStatus? Status { get; private set; }

    public AreaShare Area { get; private set; } = null!;

    public AreaIdeaPage Ideas { get; private set; } = AreaIdeaPage.Empty;

    public async Task<IActionResult> OnGetAsync(Guid areaKey)
    {
        var snapshot = snapshots.Current;
        if (snapshot.GetByKey(areaKey) is not { ContentTypeAlias: AreaShares.AreaType } area || snapshot.Parent(area) is not { } list)
        {
            return NotFound();
        }

        // An unknown status in the address lists every status rather than failing: the filter's own select cannot send one.
        Status = IdeaInput.ParseStatus(StatusFilter);
        var keys = AreaShares.Areas(snapshot, list).Select(a => a.Key).ToList();
        var (totals, page) = await query.ReadAsync(keys, areaKey, Status, PageNumber, PageSize, HttpContext.RequestAborted);
        Area = AreaShares.Compute(snapshot, list, site.DefaultCulture, totals).Single(s => s.Area.Key == areaKey);
        Ideas = page!;
        return Page();
    }

    public string PageUrl(int page) =>
        $"/umbraco/ideas/{Area.Area.Key}?" + string.Join("&", new[] { Status is { } s ? $"status={s}" : null, $"p={page}" }.OfType<string>());
}
