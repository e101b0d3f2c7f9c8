using Participation.Cms.Routing;

namespace Participation.Extensions.AreaCommittees;

/// <summary>Serves both the committees list and each committee: the share is computed from all published areas.</summary>
internal sealed class AreaCommitteesPageBuilder(string contentType) : IPageModelBuilder
{
    public string ContentType => contentType;

    public Task<ContentPage> BuildAsync(PageContext context, CancellationToken cancellationToken)
    {
        var (content, culture, snapshot, http) = context;
        var list = content.ContentTypeAlias == "areaCommittees" ? content : snapshot.Parent(content)!;
        var areas = snapshot.Children(list).Where(c => c.ContentTypeAlias == "areaCommittee").ToList();
        var populations = areas.Select(a => a.Value<int?>("population", culture) ?? 0).ToList();
        var total = list.Value<int?>("areaBudget", culture) ?? 0;
        var budgets = AreaBudget.Allocate(total, populations);
        var sum = Math.Max(1, populations.Sum());
        return Task.FromResult<ContentPage>(new AreaCommitteesPage(context)
        {
            Shares = areas.Select((a, i) => new AreaShare(a, populations[i], budgets[i], 100.0 * populations[i] / sum)).ToList(),
            AreaBudget = total,
            OperatingBudget = list.Value<int?>("operatingBudget", culture) ?? 0,
        });
    }
}
