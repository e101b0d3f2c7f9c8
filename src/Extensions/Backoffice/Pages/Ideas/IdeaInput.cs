using System.Globalization;
using Participation.Cms.Backoffice.Text;
using Participation.Extensions.AreaCommittees.Ideas;

namespace Participation.Extensions.Backoffice.Pages.Ideas;

/// <summary>The idea's edit form as posted: text as typed, so a refused form shows it back unchanged.</summary>
public sealed class IdeaInput
{
    public string? Status { get; set; }

    public string? Answer { get; set; }

    public string? Committed { get; set; }

    public long Version { get; set; }

    public static IdeaInput From(AreaIdea idea) => new()
    {
        Status = idea.Status.ToString(),
        Answer = idea.Answer,
        Committed = idea.CommittedEuros.ToString(CultureInfo.InvariantCulture),
        Version = idea.Version,
    };

    /// <summary>A status by its name only: "2" or "done" is not one of the select's values.</summary>
    public static IdeaStatus? ParseStatus(string? value) =>
        Enum.GetNames<IdeaStatus>().Contains(value, StringComparer.Ordinal) ? Enum.Parse<IdeaStatus>(value!) : null;

    /// <summary>The change, or null with a message per field in <paramref name="errors"/>.</summary>
    public IdeaChange? Read(BackofficeText text, IDictionary<string, string> errors)
    {
        var status = ParseStatus(Status);
        if (status is null)
        {
            errors["status"] = text["ideas.error.status"];
        }

        // Editors type sums as they write them: "1 200", "1200 €".
        var typed = new string((Committed ?? "").Where(c => !char.IsWhiteSpace(c) && c != '€').ToArray());
        long euros = 0;
        if (typed.Length > 0 && !long.TryParse(typed, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out euros))
        {
            errors["committed"] = text["ideas.error.committed"];
        }
        else if (euros < 0)
        {
            errors["committed"] = text["ideas.error.committedNegative"];
        }
        else if (euros > AreaIdeaLimits.CommittedEuros)
        {
            errors["committed"] = text.Format("ideas.error.committedTooLarge", IdeaMoney.Text(AreaIdeaLimits.CommittedEuros));
        }

        if ((Answer?.Trim().Length ?? 0) > AreaIdeaLimits.Answer)
        {
            errors["answer"] = text.Format("ideas.error.answerTooLong", AreaIdeaLimits.Answer);
        }

        return errors.Count == 0 ? new IdeaChange(status!.Value, Answer, euros) : null;
    }
}
