namespace Participation.Cms.Persistence;

/// <summary>
/// One committed unit of work's changes, written in the same transaction as the changes themselves. Every node reads
/// these rows in id order and applies them to its caches and indexes, so all nodes converge on what was committed.
/// </summary>
public sealed class InstructionRecord
{
    public long Id { get; set; }

    public DateTime CreatedAt { get; set; }

    /// <summary>The node that made the change (for logs; every node, the origin included, applies it the same way).</summary>
    public string Origin { get; set; } = "";

    /// <summary>The notifications as a JSON array of <c>{ "type": ..., "data": ... }</c>.</summary>
    public string Payload { get; set; } = "[]";
}
