using Participation.Cms.Routing;
using Participation.Extensions.AreaCommittees.Ideas;
using Participation.Cms.PageCache;

namespace Participation.Extensions.AreaCommittees;

/// <summary>
/// Serves both the committees list and each committee: the share is computed from all published areas. The ideas'
/// totals and one page of an area's ideas are the only part read from the database, by key and by one area's index.
/// </summary>
internal sealed class AreaCommitteesPageBuilder(string contentType, AreaIdeaQuery ideas) : IPageModelBuilder
{
    public const int IdeasPerPage = 10;

    public string ContentType => contentType;

    public async Task<ContentPage> BuildAsync(PageContext context, CancellationToken cancellationToken)
    {
        var (content, culture, snapshot, http) = context;
        PageCache.DoNotStore(http); // residents' ideas and their answers live in the database, not in the snapshot
        var isList = content.ContentTypeAlias == AreaShares.ListType;
        var list = isList ? content : snapshot.Parent(content)!;
        var areas = AreaShares.Areas(snapshot, list).Select(a => a.Key).ToList();
        var requested = int.TryParse(http.Request.Query[PageSlice<object>.QueryKey], out var p) ? p : 1;
        var (totals, page) = await ideas.ReadAsync(areas, isList ? null : content.Key, null, requested, IdeasPerPage, cancellationToken);
        return new AreaCommitteesPage(context)
        {
            Shares = AreaShares.Compute(snapshot, list, culture, totals),
            AreaBudget = list.Value<int?>("areaBudget", culture) ?? 0,
            OperatingBudget = list.Value<int?>("operatingBudget", culture) ?? 0,
            Ideas = page ?? AreaIdeaPage.Empty,
        };
    }
}
