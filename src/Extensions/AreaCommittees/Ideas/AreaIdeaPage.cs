namespace Participation.Extensions.AreaCommittees.Ideas;

/// <summary>One page of an area's ideas, newest first; <see cref="Total"/> comes from the area's totals row, not a count.</summary>
public sealed record AreaIdeaPage(IReadOnlyList<AreaIdea> Items, int PageNumber, int PageCount, int Total)
{
    public static AreaIdeaPage Empty { get; } = new([], 1, 1, 0);
}
