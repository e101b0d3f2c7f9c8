using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Participation.Cms.PublishedCache;
using Participation.Cms.Site;
using Participation.Extensions.AreaCommittees;
using Participation.Extensions.AreaCommittees.Ideas;

namespace Participation.Extensions.Backoffice.Pages.Ideas;

/// <summary>Every area committee with its ideas counted by status and the euros committed against its share.</summary>
[Authorize(Policy = IdeasPolicies.ManageIdeas)]
public sealed class IndexModel(PublishedSnapshotService snapshots, AreaIdeaQuery query, SiteOptions site) : PageModel
{
    public IReadOnlyList<AreaShare> Areas { get; private set; } = [];

    public async Task OnGetAsync()
    {
        var snapshot = snapshots.Current;
        var areas = new List<AreaShare>();
        foreach (var list in snapshot.OfType(AreaShares.ListType))
        {
            var keys = AreaShares.Areas(snapshot, list).Select(a => a.Key).ToList();
            var (totals, _) = await query.ReadAsync(keys, null, null, 1, 1, HttpContext.RequestAborted);
            areas.AddRange(AreaShares.Compute(snapshot, list, site.DefaultCulture, totals));
        }

        Areas = areas;
    }
}
