using System.Globalization;
using Participation.Extensions.Forms.Definitions;

namespace Participation.Extensions.Forms.Validation;

/// <summary>
/// Which pages, fieldsets and fields a set of answers shows. A field hidden by its own, its fieldset's or its page's
/// condition takes no answer and is never mandatory (Umbraco Forms' long-running bug class). A rule that reads a
/// hidden field sees it empty; a cycle of conditions is read the same way, so evaluation always ends.
/// </summary>
public sealed class FormVisibility
{
    private readonly FormDefinition form;
    private readonly IReadOnlyDictionary<string, IReadOnlyList<string>> values;
    private readonly Dictionary<Guid, bool> known = [];
    private readonly HashSet<Guid> evaluating = [];
    private readonly Dictionary<Guid, (FormPage Page, FormFieldset Fieldset)> placeOf = [];

    public FormVisibility(FormDefinition form, IReadOnlyDictionary<string, IReadOnlyList<string>> values)
    {
        this.form = form;
        this.values = values;
        foreach (var page in form.Pages)
        {
            foreach (var fieldset in page.Fieldsets)
            {
                foreach (var field in fieldset.Columns.SelectMany(c => c.Fields))
                {
                    placeOf[field.Id] = (page, fieldset);
                }
            }
        }
    }

    public bool IsVisible(FormPage page) => Memo(page.Id, () => Applies(page.Condition));

    public bool IsVisible(FormFieldset fieldset, FormPage page) => IsVisible(page) && Memo(fieldset.Id, () => Applies(fieldset.Condition));

    public bool IsVisible(FormField field) =>
        placeOf.TryGetValue(field.Id, out var place) && IsVisible(place.Fieldset, place.Page) && Memo(field.Id, () => Applies(field.Condition));

    /// <summary>The answer a rule sees: the field's values when it is shown, nothing when it is hidden.</summary>
    public IReadOnlyList<string> ValueOf(FormField field) =>
        IsVisible(field) && values.TryGetValue(field.Alias, out var v) ? v : [];

    private bool Memo(Guid id, Func<bool> evaluate)
    {
        if (known.TryGetValue(id, out var visible))
        {
            return visible;
        }

        if (!evaluating.Add(id))
        {
            return false; // a cycle: the field that closes it reads as hidden
        }

        visible = evaluate();
        evaluating.Remove(id);
        known[id] = visible;
        return visible;
    }

    private bool Applies(FieldCondition? condition)
    {
        if (condition is null || condition.Rules.Count == 0)
        {
            return true;
        }

        var matches = condition.Rules.Select(Matches);
        var met = condition.LogicType == ConditionLogic.All ? matches.All(m => m) : matches.Any(m => m);
        return condition.ActionType == ConditionAction.Show ? met : !met;
    }

    private bool Matches(ConditionRule rule)
    {
        var field = form.Field(rule.Field);
        var answer = field is null ? [] : ValueOf(field);
        return Match(rule.Operator, answer, rule.Value);
    }

    internal static bool Match(string op, IReadOnlyList<string> answer, string expected) => op switch
    {
        ConditionOperators.Is => answer.Any(a => Same(a, expected)) || (answer.Count == 0 && expected.Length == 0),
        ConditionOperators.IsNot => !(answer.Any(a => Same(a, expected)) || (answer.Count == 0 && expected.Length == 0)),
        ConditionOperators.Contains => answer.Any(a => a.Contains(expected, StringComparison.OrdinalIgnoreCase)),
        ConditionOperators.NotContains => !answer.Any(a => a.Contains(expected, StringComparison.OrdinalIgnoreCase)),
        ConditionOperators.StartsWith => answer.Any(a => a.StartsWith(expected, StringComparison.OrdinalIgnoreCase)),
        ConditionOperators.EndsWith => answer.Any(a => a.EndsWith(expected, StringComparison.OrdinalIgnoreCase)),
        ConditionOperators.GreaterThan => answer.Any(a => Compare(a, expected) > 0),
        ConditionOperators.LessThan => answer.Any(a => Compare(a, expected) < 0),
        _ => false,
    };

    // A ticked box posts "on" (browsers) or "true" (the API): both are the same answer.
    private static bool Same(string a, string b) =>
        string.Equals(Canonical(a), Canonical(b), StringComparison.OrdinalIgnoreCase);

    private static string Canonical(string value) => value is "on" or "yes" ? "true" : value;

    // Numbers compare as numbers; ISO dates and times compare correctly as text.
    private static int Compare(string a, string b) =>
        decimal.TryParse(a.Replace(',', '.'), NumberStyles.Number, CultureInfo.InvariantCulture, out var x)
        && decimal.TryParse(b.Replace(',', '.'), NumberStyles.Number, CultureInfo.InvariantCulture, out var y)
            ? x.CompareTo(y)
            : string.CompareOrdinal(a, b);
}
