using Participation.Extensions.Forms.Definitions;

namespace Participation.Extensions.Forms.Workflows;

/// <summary>One workflow run of one entry as editors see it.</summary>
public sealed record WorkflowTaskStatus(
    long TaskId,
    Guid EntryId,
    Guid FormId,
    string WorkflowName,
    string WorkflowType,
    WorkflowStage Stage,
    WorkflowRunState State,
    int Attempts,
    string? LastError,
    string? Note,
    DateTime CreatedUtc,
    DateTime NextAttemptUtc,
    DateTime? DoneUtc);

public enum WorkflowRunState
{
    /// <summary>Not run yet, or running now.</summary>
    Pending,

    /// <summary>Failed at least once and waiting for its next attempt.</summary>
    Failing,

    /// <summary>Ran, or had nothing to do (see the note).</summary>
    Done,
}
