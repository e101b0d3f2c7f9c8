namespace Participation.Cms.Content;

/// <summary>
/// A save or publish refused because of the editor's input. Errors are keyed by property alias
/// (with <c>@culture</c> for culture values, <c>name@culture</c> for names) so a form can show each next to its field.
/// </summary>
public sealed class ContentValidationException(IReadOnlyDictionary<string, string> errors)
    : Exception("Invalid content: " + string.Join("; ", errors.Select(e => $"{e.Key}: {e.Value}")))
{
    public IReadOnlyDictionary<string, string> Errors { get; } = errors;
}
