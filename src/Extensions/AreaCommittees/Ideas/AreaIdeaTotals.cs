namespace Participation.Extensions.AreaCommittees.Ideas;

/// <summary>
/// One row per area with published ideas: how many there are in each status and the euros committed to them. Every
/// change to an area's ideas updates it in the same transaction with relative increments, so the area page reads its
/// total and its page count from one row instead of adding up the ideas on every request.
/// </summary>
public sealed class AreaIdeaTotals
{
    public Guid AreaKey { get; set; }

    public int New { get; set; }

    public int Considering { get; set; }

    public int Done { get; set; }

    public int NotTakenUp { get; set; }

    public long CommittedEuros { get; set; }

    public int Count => New + Considering + Done + NotTakenUp;

    public int CountOf(IdeaStatus status) => status switch
    {
        IdeaStatus.New => New,
        IdeaStatus.Considering => Considering,
        IdeaStatus.Done => Done,
        IdeaStatus.NotTakenUp => NotTakenUp,
        _ => 0,
    };
}
