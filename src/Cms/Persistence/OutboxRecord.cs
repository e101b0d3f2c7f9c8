namespace Participation.Cms.Persistence;

/// <summary>
/// Work that must happen once for the whole cluster (mail, webhooks) after an instruction: written with the change,
/// claimed by one node at a time, retried with backoff until it succeeds.
/// </summary>
public sealed class OutboxRecord
{
    public long Id { get; set; }

    public long InstructionId { get; set; }

    /// <summary>The handler's registration name.</summary>
    public string Handler { get; set; } = "";

    public DateTime CreatedAt { get; set; }

    public int Attempts { get; set; }

    public DateTime NextAttemptAt { get; set; }

    public string? ClaimedBy { get; set; }

    public DateTime? ClaimedUntil { get; set; }

    public DateTime? DoneAt { get; set; }

    public string? LastError { get; set; }
}
