using Participation.Cms.Routing;

namespace Participation.Extensions.AreaCommittees;

/// <summary>An area-committee page (or the list of them) with each area's computed share of the budget.</summary>
public sealed class AreaCommitteesPage(PageContext context) : ContentPage(context)
{
    public required IReadOnlyList<AreaShare> Shares { get; init; }

    public long AreaBudget { get; init; }

    public long OperatingBudget { get; init; }

    /// <summary>On a single area's page, its own share.</summary>
    public AreaShare? Own => Shares.FirstOrDefault(s => s.Area.Key == Content.Key);
}
