namespace Participation.Cms.Persistence;

/// <summary>A publish or unpublish waiting for its time.</summary>
public sealed class ScheduleRecord
{
    public long Id { get; set; }

    public Guid NodeKey { get; set; }

    /// <summary><c>Publish</c> or <c>Unpublish</c>.</summary>
    public string Action { get; set; } = "";

    /// <summary>Comma-separated cultures, or null for all of them.</summary>
    public string? Cultures { get; set; }

    public DateTime At { get; set; }

    /// <summary>For a publish, the draft version the editor scheduled; a draft saved later is not published by it.</summary>
    public int? VersionId { get; set; }

    public string CreatedBy { get; set; } = "";

    public DateTime CreatedAt { get; set; }

    /// <summary>Set when the job ran, with its outcome; the row stays for the history.</summary>
    public DateTime? DoneAt { get; set; }

    public string? Outcome { get; set; }
}
