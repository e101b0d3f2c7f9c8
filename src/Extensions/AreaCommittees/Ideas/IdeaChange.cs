namespace Participation.Extensions.AreaCommittees.Ideas;

/// <summary>What an editor sets on an idea, already checked (a known status, euros from 0 to the limit).</summary>
public sealed record IdeaChange(IdeaStatus Status, string? Answer, long CommittedEuros);

public enum IdeaChangeResult
{
    Saved,
    Missing,

    /// <summary>Someone saved the idea after this editor opened it; nothing was written.</summary>
    Conflict,
}
