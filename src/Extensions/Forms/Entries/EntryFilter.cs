namespace Participation.Extensions.Forms.Entries;

/// <summary>What the entries list and the exports are narrowed to. Dates are days of the site's time zone, both inclusive.</summary>
public sealed record EntryFilter(
    FormEntryState? State = null,
    DateOnly? From = null,
    DateOnly? To = null,
    string? Text = null,
    bool Failing = false);
