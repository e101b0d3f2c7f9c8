using Participation.Cms.Routing;
using Participation.Extensions.AreaCommittees.Ideas;

namespace Participation.Extensions.AreaCommittees;

/// <summary>An area-committee page (or the list of them) with each area's computed share of the budget.</summary>
public sealed class AreaCommitteesPage(PageContext context) : ContentPage(context)
{
    public required IReadOnlyList<AreaShare> Shares { get; init; }

    public long AreaBudget { get; init; }

    public long OperatingBudget { get; init; }

    /// <summary>On a single area's page, its own share.</summary>
    public AreaShare? Own => Shares.FirstOrDefault(s => s.Area.Key == Content.Key);

    /// <summary>On a single area's page, one page of its approved ideas, newest first.</summary>
    public AreaIdeaPage Ideas { get; init; } = AreaIdeaPage.Empty;

    /// <summary>A page of the ideas, scrolled to the list.</summary>
    public string PageUrl(int page) => PageSlice<object>.Url(Url, page) + "#ideas";
}
