namespace Participation.Extensions.Forms.Definitions;

/// <summary>
/// A form as editors build it, in Umbraco Forms' definition shape (pages, fieldsets, columns, fields), plus this
/// site's settings: retention, workflows and spam checks. Read from the stored JSON document; never edited in place.
/// </summary>
public sealed record FormDefinition
{
    public Guid Id { get; init; }

    public string Alias { get; init; } = "";

    public string Name { get; init; } = "";

    public string SubmitLabel { get; init; } = "";

    public string NextLabel { get; init; } = "";

    public string PreviousLabel { get; init; } = "";

    public string MessageOnSubmit { get; init; } = "";

    /// <summary>A page to go to after a successful submission instead of the message.</summary>
    public Guid? GotoPageOnSubmit { get; init; }

    /// <summary>Multi-page forms show the answers for review before the final submit.</summary>
    public bool ShowSummaryPage { get; init; }

    /// <summary>Days an entry is kept; 0 keeps entries until deleted by hand.</summary>
    public int RetentionDays { get; init; }

    public RetentionAction RetentionAction { get; init; } = RetentionAction.Delete;

    /// <summary>Entries wait for an editor's approval; otherwise they are approved when stored.</summary>
    public bool ManualApproval { get; init; }

    /// <summary>Faster than this is a robot; the entry is dropped while the visitor sees the usual thank-you.</summary>
    public int MinimumFillSeconds { get; init; } = 3;

    public IReadOnlyList<FormPage> Pages { get; init; } = [];

    public IReadOnlyList<FormWorkflow> Workflows { get; init; } = [];

    /// <summary>
    /// The form's texts in the site's other languages: per culture, each text as written and what a reader in that
    /// culture sees instead (<see cref="FormTranslations.In"/>). A text without one shows as written.
    /// </summary>
    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> Translations { get; init; } = new Dictionary<string, IReadOnlyDictionary<string, string>>();

    public IEnumerable<FormField> Fields => Pages.SelectMany(p => p.Fieldsets).SelectMany(s => s.Columns).SelectMany(c => c.Fields);

    public FormField? Field(string aliasOrId) =>
        Fields.FirstOrDefault(f => string.Equals(f.Alias, aliasOrId, StringComparison.OrdinalIgnoreCase) || (Guid.TryParse(aliasOrId, out var id) && f.Id == id));
}

public enum RetentionAction
{
    Delete,
    Anonymise,
}

public sealed record FormPage
{
    public Guid Id { get; init; }

    public string Caption { get; init; } = "";

    public FieldCondition? Condition { get; init; }

    public IReadOnlyList<FormFieldset> Fieldsets { get; init; } = [];
}

public sealed record FormFieldset
{
    public Guid Id { get; init; }

    /// <summary>Rendered as the fieldset's legend.</summary>
    public string Caption { get; init; } = "";

    public FieldCondition? Condition { get; init; }

    public IReadOnlyList<FormColumn> Columns { get; init; } = [];
}

public sealed record FormColumn
{
    public string Caption { get; init; } = "";

    /// <summary>Of a 12-column grid.</summary>
    public int Width { get; init; } = 12;

    public IReadOnlyList<FormField> Fields { get; init; } = [];
}
