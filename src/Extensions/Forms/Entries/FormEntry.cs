namespace Participation.Extensions.Forms.Entries;

/// <summary>
/// One submission. Answers are kept as one JSON object (alias to list of strings), so a form can change without a
/// migration; <see cref="SubjectEmail"/> is the submitter's address, lower-cased, so a data-subject request finds
/// every entry of one person with an index lookup instead of reading every answer.
/// </summary>
public sealed class FormEntry
{
    public Guid Id { get; set; }

    public Guid FormId { get; set; }

    public FormEntryState State { get; set; }

    public DateTime CreatedUtc { get; set; }

    public DateTime UpdatedUtc { get; set; }

    /// <summary>The culture of the page it was sent from.</summary>
    public string Culture { get; set; } = "";

    /// <summary>The page the form was on; null for the headless API without <c>contentId</c>.</summary>
    public Guid? PageKey { get; set; }

    /// <summary><c>{"alias": ["value", ...]}</c>, only the fields that were shown.</summary>
    public string Values { get; set; } = "{}";

    /// <summary>One per rendered form (or the API's <c>Idempotency-Key</c>): a double click stores one entry.</summary>
    public string? IdempotencyKey { get; set; }

    public string? SubjectEmail { get; set; }

    /// <summary>Set when retention replaced the personal answers; the entry stays for the counts.</summary>
    public DateTime? AnonymisedUtc { get; set; }

    /// <summary>Who approved or rejected it last.</summary>
    public string? StateChangedBy { get; set; }
}

public enum FormEntryState
{
    Submitted = 0,
    Approved = 1,
    Rejected = 2,
}
