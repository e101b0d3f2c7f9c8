using Participation.Extensions.Forms.Definitions;
using Participation.Extensions.Registration.Seats;

namespace Participation.Extensions.Registration.Organiser;

/// <summary>
/// What the caterer needs: "12 osallistujaa: 2 gluteeniton, 1 vegaani, muu: pähkinäallergia". People are counted with
/// their party; a diet is counted once per registration that chose it (the form asks for the party's needs together).
/// </summary>
public sealed record CatererSummary(int People, IReadOnlyList<(string Diet, int Count)> Diets, IReadOnlyList<string> Other)
{
    public static CatererSummary Of(IEnumerable<Participant> participants, FormDefinition? form, RegistrationOptions options)
    {
        var confirmed = participants.Where(p => p.Registration.Status == RegistrationStatus.Confirmed).ToList();
        var dietField = form?.Field(options.DietField);
        var diets = confirmed
            .SelectMany(p => p.Answers.GetValueOrDefault(options.DietField) ?? [])
            .Where(d => d != "other")
            .GroupBy(d => d)
            .Select(g => (dietField?.PreValues.FirstOrDefault(v => v.Value == g.Key)?.Caption is { Length: > 0 } caption ? caption : g.Key, g.Count()))
            .OrderByDescending(d => d.Item2).ThenBy(d => d.Item1, StringComparer.Ordinal)
            .ToList();
        var other = confirmed
            .Select(p => p.Answers.GetValueOrDefault(options.DietOtherField)?.FirstOrDefault()?.Trim())
            .Where(t => !string.IsNullOrEmpty(t)).Select(t => t!).ToList();
        return new CatererSummary(confirmed.Sum(p => p.Registration.PartySize), diets, other);
    }

    /// <summary>The line as the organiser forwards it.</summary>
    public string Line(string peopleWord, string otherWord)
    {
        var parts = Diets.Select(d => $"{d.Count} {d.Diet.ToLowerInvariant()}").ToList();
        if (Other.Count > 0)
        {
            parts.Add($"{otherWord}: {string.Join(", ", Other)}");
        }

        return parts.Count == 0 ? $"{People} {peopleWord}" : $"{People} {peopleWord}: {string.Join(", ", parts)}";
    }
}
