using Participation.Extensions.Forms.Definitions;

namespace Participation.Extensions.Forms.Retention;

/// <summary>
/// What anonymising keeps: only answers that cannot carry free text (options, yes/no, numbers, dates and times) of
/// fields not marked sensitive, so the counts and choices stay useful for statistics. Free text is dropped even when
/// not marked sensitive, because people write their names into "message" and "idea" boxes; e-mail, phone, hidden
/// fields and uploads are personal by their type.
/// </summary>
public static class RetainedAnswers
{
    private static readonly HashSet<string> KeptTypes =
    [
        FieldTypes.SingleChoice, FieldTypes.MultipleChoice, FieldTypes.Dropdown, FieldTypes.Checkbox, FieldTypes.DataConsent,
        FieldTypes.Number, FieldTypes.Date, FieldTypes.Time,
    ];

    public static bool Keeps(FormField field) => !field.ContainsSensitiveData && KeptTypes.Contains(field.Type);

    public static IReadOnlyDictionary<string, IReadOnlyList<string>> Of(FormDefinition form, IReadOnlyDictionary<string, IReadOnlyList<string>> values) =>
        values.Where(v => form.Field(v.Key) is { } field && Keeps(field)).ToDictionary(v => v.Key, v => v.Value, StringComparer.OrdinalIgnoreCase);
}
