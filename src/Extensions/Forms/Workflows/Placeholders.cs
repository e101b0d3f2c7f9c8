using System.Globalization;
using System.Text.RegularExpressions;

namespace Participation.Extensions.Forms.Workflows;

/// <summary>
/// Fills <c>{alias}</c> with the entry's answer (several joined with ", ", choices by their caption), and
/// <c>{form.name}</c>, <c>{entry.id}</c>, <c>{entry.created}</c>. Anything else in braces becomes empty, so a
/// renamed field leaves a gap in a mail instead of a stray <c>{alias}</c> the reader cannot understand.
/// </summary>
internal static partial class Placeholders
{
    public static string Fill(string? template, WorkflowRun run) =>
        template is null ? "" : Pattern().Replace(template, match => Value(match.Groups[1].Value, run));

    private static string Value(string name, WorkflowRun run) => name.ToLowerInvariant() switch
    {
        "form.name" => run.Form.Name,
        "entry.id" => run.Entry.Id.ToString(),
        "entry.created" => run.Entry.CreatedUtc.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture),
        _ => Answer(name, run),
    };

    private static string Answer(string alias, WorkflowRun run)
    {
        if (run.Form.Field(alias) is not { } field || !run.Values.TryGetValue(field.Alias, out var answers))
        {
            return "";
        }

        return string.Join(", ", answers.Select(a => field.PreValues.FirstOrDefault(p => p.Value == a)?.Caption ?? a));
    }

    [GeneratedRegex(@"\{([A-Za-z0-9_.\-]{1,100})\}")]
    private static partial Regex Pattern();
}
