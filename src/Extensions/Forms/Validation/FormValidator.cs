using System.Text.RegularExpressions;
using Participation.Extensions.Forms.Definitions;
using Participation.Extensions.Forms.Text;

namespace Participation.Extensions.Forms.Validation;

/// <summary>What a submission says once checked: the cleaned answers of the shown fields, or what is wrong, by alias.</summary>
public sealed record FormValidation(IReadOnlyDictionary<string, IReadOnlyList<string>> Values, IReadOnlyList<FieldError> Errors)
{
    public bool IsValid => Errors.Count == 0;
}

/// <summary>
/// The one validation of answers, used by the page form, the headless API and the form's own script alike (the
/// script mirrors these rules; the server decides). Answers of hidden fields are dropped, never stored.
/// </summary>
public sealed class FormValidator(FormsText text)
{
    private static readonly TimeSpan PatternTimeout = TimeSpan.FromMilliseconds(200);

    /// <param name="values">Answers by field alias (case-insensitive).</param>
    /// <param name="culture">The page's culture, for default messages.</param>
    /// <param name="rejectUnknown">The API names unknown aliases as errors; a page's own post carries other inputs too.</param>
    /// <param name="pages">Only these pages' fields (a step of a multi-page form); all when null.</param>
    public FormValidation Validate(
        FormDefinition form,
        IReadOnlyDictionary<string, IReadOnlyList<string>> values,
        string culture,
        bool rejectUnknown = false,
        IReadOnlySet<int>? pages = null)
    {
        var answers = new Dictionary<string, IReadOnlyList<string>>(StringComparer.OrdinalIgnoreCase);
        foreach (var (alias, list) in values)
        {
            answers[alias] = list.Select(Clean).Where(v => v.Length > 0).ToList();
        }

        var visibility = new FormVisibility(form, answers);
        var errors = new List<FieldError>();
        var kept = new Dictionary<string, IReadOnlyList<string>>(StringComparer.OrdinalIgnoreCase);
        for (var index = 0; index < form.Pages.Count; index++)
        {
            if (pages is not null && !pages.Contains(index))
            {
                continue;
            }

            foreach (var field in form.Pages[index].Fieldsets.SelectMany(s => s.Columns).SelectMany(c => c.Fields).Where(f => f.TakesValue))
            {
                if (!visibility.IsVisible(field))
                {
                    continue;
                }

                var answer = answers.GetValueOrDefault(field.Alias) ?? [];
                var fieldErrors = Check(field, answer, culture).ToList();
                errors.AddRange(fieldErrors);
                if (fieldErrors.Count == 0 && answer.Count > 0)
                {
                    kept[field.Alias] = Normalise(field, answer);
                }
            }
        }

        if (rejectUnknown)
        {
            errors.AddRange(values.Keys.Where(alias => form.Field(alias) is not { TakesValue: true })
                .Select(alias => new FieldError(alias, FieldErrorCodes.UnknownField, text.Format(culture, "forms.unknownField", alias))));
        }

        return new FormValidation(kept, errors);
    }

    private IEnumerable<FieldError> Check(FormField field, IReadOnlyList<string> answer, string culture)
    {
        FieldError Error(string code, params object?[] args) =>
            new(field.Alias, code, text.Format(culture, "forms." + code, [Label(field), .. args]));

        var consent = field.Type is FieldTypes.DataConsent or FieldTypes.Checkbox;
        var given = consent ? answer.Any(IsTicked) : answer.Count > 0;
        if (!given)
        {
            if (field.Required)
            {
                yield return field.RequiredErrorMessage.Length > 0
                    ? new FieldError(field.Alias, FieldErrorCodes.Required, field.RequiredErrorMessage)
                    : Error(FieldErrorCodes.Required);
            }

            yield break;
        }

        if (answer.Count > 1 && !FieldTypes.IsMultiValued(field))
        {
            yield return Error(FieldErrorCodes.TooManyValues);
            yield break;
        }

        if (FieldTypes.HasOptions(field.Type))
        {
            if (answer.Any(a => !field.PreValues.Any(p => p.Value == a)))
            {
                yield return Error(FieldErrorCodes.Option);
            }

            yield break;
        }

        if (consent || field.Type == FieldTypes.FileUpload)
        {
            yield break; // files are checked by UploadChecks, on their bytes
        }

        var value = answer[0];
        var maxLength = field.IntSetting("maxLength") ?? DefaultMaxLength(field.Type);
        if (value.Length > maxLength)
        {
            yield return Error(FieldErrorCodes.MaxLength, maxLength);
            yield break;
        }

        var typeError = field.Type switch
        {
            FieldTypes.Email when !AnswerFormats.IsEmail(value) => Error(FieldErrorCodes.Email),
            FieldTypes.Phone when !AnswerFormats.IsPhone(value) => Error(FieldErrorCodes.Phone),
            FieldTypes.Date when AnswerFormats.Date(value) is null => Error(FieldErrorCodes.Date),
            FieldTypes.Time when AnswerFormats.Time(value) is null => Error(FieldErrorCodes.Time),
            FieldTypes.Number => CheckNumber(field, value, Error),
            _ => null,
        };
        if (typeError is not null)
        {
            // The editor's wording for a wrong format wins over the default, whichever rule caught it.
            yield return field.PatternInvalidErrorMessage.Length > 0 && typeError.Code != FieldErrorCodes.Range
                ? typeError with { Message = field.PatternInvalidErrorMessage }
                : typeError;
            yield break;
        }

        if (field.Pattern is { Length: > 0 } pattern && !MatchesPattern(pattern, value))
        {
            yield return field.PatternInvalidErrorMessage.Length > 0
                ? new FieldError(field.Alias, FieldErrorCodes.Pattern, field.PatternInvalidErrorMessage)
                : Error(FieldErrorCodes.Pattern);
        }
    }

    private static FieldError? CheckNumber(FormField field, string value, Func<string, object?[], FieldError> error)
    {
        if (AnswerFormats.Number(value) is not { } number)
        {
            return error(FieldErrorCodes.Number, []);
        }

        var min = AnswerFormats.Number(field.Setting("min") ?? "");
        var max = AnswerFormats.Number(field.Setting("max") ?? "");
        return (min is { } lo && number < lo) || (max is { } hi && number > hi)
            ? error(FieldErrorCodes.Range, [min?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "", max?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? ""])
            : null;
    }

    // An editor's pattern that does not compile or runs too long is the editor's mistake, not the visitor's: it passes.
    private static bool MatchesPattern(string pattern, string value)
    {
        try
        {
            return Regex.IsMatch(value, pattern, RegexOptions.CultureInvariant, PatternTimeout);
        }
        catch (ArgumentException)
        {
            return true;
        }
        catch (RegexMatchTimeoutException)
        {
            return true;
        }
    }

    private static IReadOnlyList<string> Normalise(FormField field, IReadOnlyList<string> answer) => field.Type switch
    {
        FieldTypes.DataConsent or FieldTypes.Checkbox => ["true"],
        FieldTypes.Number => [AnswerFormats.Number(answer[0])!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)],
        FieldTypes.Date => [AnswerFormats.Date(answer[0])!.Value.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)],
        FieldTypes.Time => [AnswerFormats.Time(answer[0])!.Value.ToString("HH\\:mm", System.Globalization.CultureInfo.InvariantCulture)],
        FieldTypes.Email => [answer[0].Trim()],
        _ => answer.Distinct(StringComparer.Ordinal).ToList(),
    };

    internal static bool IsTicked(string value) => value is "on" or "true" or "yes" or "1";

    private static string Label(FormField field) => field.Caption.Length > 0 ? field.Caption : field.Alias;

    private static int DefaultMaxLength(string type) => type switch
    {
        FieldTypes.LongAnswer => 4000,
        FieldTypes.Email => 254,
        FieldTypes.Phone => 30,
        FieldTypes.Hidden => 1000,
        _ => 250,
    };

    // Control characters other than line breaks and tabs are never part of an answer (NUL breaks PostgreSQL text).
    private static string Clean(string value)
    {
        var trimmed = value.Trim();
        return trimmed.Any(c => char.IsControl(c) && c is not '\n' and not '\r' and not '\t')
            ? new string(trimmed.Where(c => !char.IsControl(c) || c is '\n' or '\r' or '\t').ToArray())
            : trimmed;
    }
}
