using Participation.Cms.PublishedCache;
using Participation.Extensions.AreaCommittees.Ideas;

namespace Participation.Extensions.AreaCommittees;

/// <summary>Each published area's share of the committees' budget (from population), with its ideas' totals.</summary>
public static class AreaShares
{
    public const string ListType = "areaCommittees";
    public const string AreaType = "areaCommittee";

    /// <summary>The areas under <paramref name="list"/> in tree order; the shares add up to the list's <c>areaBudget</c>.</summary>
    public static IReadOnlyList<AreaShare> Compute(PublishedSnapshot snapshot, PublishedContent list, string culture, IReadOnlyDictionary<Guid, AreaIdeaTotals> totals)
    {
        var areas = Areas(snapshot, list);
        var populations = areas.Select(a => a.Value<int?>("population", culture) ?? 0).ToList();
        var budgets = AreaBudget.Allocate(list.Value<int?>("areaBudget", culture) ?? 0, populations);
        var sum = Math.Max(1, populations.Sum());
        return areas.Select((a, i) => new AreaShare(a, populations[i], budgets[i], 100.0 * populations[i] / sum, totals.GetValueOrDefault(a.Key))).ToList();
    }

    public static IReadOnlyList<PublishedContent> Areas(PublishedSnapshot snapshot, PublishedContent list) =>
        snapshot.Kept($"area-committees|{list.Id}", () => snapshot.Children(list).Where(c => c.ContentTypeAlias == AreaType).ToArray());
}
