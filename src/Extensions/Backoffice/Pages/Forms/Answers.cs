using Participation.Extensions.Forms.Definitions;

namespace Participation.Extensions.Backoffice.Pages.Forms;

/// <summary>An answer as an editor reads it: option captions instead of stored values, several joined with ", ".</summary>
public static class Answers
{
    public static string Text(FormField field, IReadOnlyList<string>? values) =>
        string.Join(", ", (values ?? []).Select(v => field.PreValues.FirstOrDefault(p => p.Value == v)?.Caption is { Length: > 0 } caption ? caption : v));
}
