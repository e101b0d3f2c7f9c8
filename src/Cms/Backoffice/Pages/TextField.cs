namespace Participation.Cms.Backoffice.Pages;

/// <summary>A labelled input with its hint and error wired up by aria-describedby (rendered by _TextField).</summary>
public sealed record TextField(string Name, string Label, string? Value, string? Error, string Type = "text", string? Autocomplete = null, string? Hint = null, int? MaxChars = null)
{
    public string? DescribedBy => string.Join(' ', new[] { Hint is null ? null : BackofficeIds.Field(Name) + "-hint", MaxChars is null ? null : BackofficeIds.Field(Name) + "-count", Error is null ? null : BackofficeIds.Error(Name) }.OfType<string>()) is { Length: > 0 } ids ? ids : null;
}
