using Participation.Cms.Backoffice.Pages;

namespace Participation.Extensions.Backoffice.Pages.Forms;

/// <summary>
/// One labelled input of the builder. <see cref="Key"/> makes its id, so the error summary's link and the message
/// next to it find it; <see cref="Name"/> is what it posts as.
/// </summary>
public sealed record BuilderInput(string Key, string Name, string Label, string? Value, IReadOnlyDictionary<string, string> Errors)
{
    public string Type { get; init; } = "text";

    public string? Hint { get; init; }

    public int Rows { get; init; }

    public string? Autocomplete { get; init; } = "off";

    public string Id => BackofficeIds.Field(Key);

    public string? Error => Errors.GetValueOrDefault(Key);

    public string? DescribedBy =>
        string.Join(' ', new[] { Hint is null ? null : Id + "-hint", Error is null ? null : BackofficeIds.Error(Key) }.OfType<string>()) is { Length: > 0 } ids ? ids : null;
}
