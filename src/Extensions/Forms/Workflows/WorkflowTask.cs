using Participation.Extensions.Forms.Definitions;

namespace Participation.Extensions.Forms.Workflows;

/// <summary>
/// The outbox row of one workflow for one entry, written in the entry's own transaction: when the entry is stored, so is
/// the promise to mail about it. Any node may claim a due row with one conditional update; a failure stays on the row
/// (shown on the entry and as an alert) and is retried with backoff until it succeeds or an editor gives up on it.
/// </summary>
public sealed class WorkflowTask
{
    public long Id { get; set; }

    public Guid EntryId { get; set; }

    public Guid FormId { get; set; }

    public Guid WorkflowId { get; set; }

    public string WorkflowType { get; set; } = "";

    public WorkflowStage Stage { get; set; }

    public DateTime CreatedUtc { get; set; }

    public DateTime NextAttemptUtc { get; set; }

    public int Attempts { get; set; }

    public string? ClaimedBy { get; set; }

    public DateTime? ClaimedUntil { get; set; }

    public DateTime? DoneUtc { get; set; }

    public string? LastError { get; set; }

    /// <summary>Why a row finished without doing anything (no recipient, the entry was deleted); not an error.</summary>
    public string? Note { get; set; }

    /// <summary>What an <see cref="IOutboxTaskHandler"/> needs to do its work (ids, a kind); null for a form's workflow.</summary>
    public string? Payload { get; set; }
}
