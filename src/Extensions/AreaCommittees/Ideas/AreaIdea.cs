namespace Participation.Extensions.AreaCommittees.Ideas;

/// <summary>
/// A resident's idea as it is shown on its area's page: written when an editor approves the idea form's entry, then kept
/// up by the committee (status, answer, euros committed). It holds no personal data: the name and address stay in the
/// entry, and a mail to the submitter reads the address from there when it is sent.
/// </summary>
public sealed class AreaIdea
{
    /// <summary>The form entry it was approved from; one idea per entry.</summary>
    public Guid EntryId { get; set; }

    public Guid FormId { get; set; }

    /// <summary>The area committee's page the form was sent from.</summary>
    public Guid AreaKey { get; set; }

    public string Title { get; set; } = "";

    public string Text { get; set; } = "";

    /// <summary>The culture of the page it was sent from: the language its text is in, and the language of mails about it.</summary>
    public string Culture { get; set; } = "fi";

    public IdeaStatus Status { get; set; }

    /// <summary>The committee's answer, shown under the idea; null until it has one.</summary>
    public string? Answer { get; set; }

    /// <summary>Whole euros the committee has committed to it from the area's share.</summary>
    public long CommittedEuros { get; set; }

    /// <summary>When the resident sent it (the entry's time): the area page lists the newest first.</summary>
    public DateTime CreatedUtc { get; set; }

    /// <summary>When it was approved and appeared on the page.</summary>
    public DateTime PublishedUtc { get; set; }

    public DateTime UpdatedUtc { get; set; }

    public string? UpdatedBy { get; set; }

    /// <summary>Bumped by every edit: an edit made against an older version is refused instead of overwriting another editor's.</summary>
    public long Version { get; set; }
}

/// <summary>What became of an idea. The numbers are stored; do not reorder.</summary>
public enum IdeaStatus
{
    New = 0,
    Considering = 1,
    Done = 2,
    NotTakenUp = 3,
}
