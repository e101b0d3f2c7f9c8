using Participation.Cms.PublishedCache;
using Participation.Extensions.AreaCommittees.Ideas;

namespace Participation.Extensions.AreaCommittees;

/// <summary>One area's share of the budget, and its ideas' totals (null before its first idea is approved).</summary>
public sealed record AreaShare(PublishedContent Area, int Population, long Budget, double Percent, AreaIdeaTotals? Ideas = null)
{
    public long Committed => Ideas?.CommittedEuros ?? 0;

    public int IdeaCount => Ideas?.Count ?? 0;
}
