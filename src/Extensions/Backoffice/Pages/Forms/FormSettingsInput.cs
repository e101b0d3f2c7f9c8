using System.Globalization;
using Participation.Extensions.Forms.Definitions;

namespace Participation.Extensions.Backoffice.Pages.Forms;

/// <summary>The builder's settings form, as posted: numbers stay text until they are read, so a typo is shown back as typed.</summary>
public sealed class FormSettingsInput
{
    public string? Name { get; set; }

    public string? SubmitLabel { get; set; }

    public string? NextLabel { get; set; }

    public string? PreviousLabel { get; set; }

    public string? MessageOnSubmit { get; set; }

    public bool ManualApproval { get; set; }

    public string? RetentionDays { get; set; }

    public RetentionAction RetentionAction { get; set; }

    public string? MinimumFillSeconds { get; set; }

    public bool ShowSummaryPage { get; set; }

    public static FormSettingsInput From(FormDefinition form) => new()
    {
        Name = form.Name,
        SubmitLabel = form.SubmitLabel,
        NextLabel = form.NextLabel,
        PreviousLabel = form.PreviousLabel,
        MessageOnSubmit = form.MessageOnSubmit,
        ManualApproval = form.ManualApproval,
        RetentionDays = form.RetentionDays.ToString(CultureInfo.InvariantCulture),
        RetentionAction = form.RetentionAction,
        MinimumFillSeconds = form.MinimumFillSeconds.ToString(CultureInfo.InvariantCulture),
        ShowSummaryPage = form.ShowSummaryPage,
    };

    /// <summary>The form with these settings; a number that is not a whole number from 0 up is added to <paramref name="errors"/>.</summary>
    public FormDefinition ApplyTo(FormDefinition form, IDictionary<string, string> errors, string numberError) => form with
    {
        Name = Name?.Trim() ?? "",
        SubmitLabel = SubmitLabel?.Trim() ?? "",
        NextLabel = NextLabel?.Trim() ?? "",
        PreviousLabel = PreviousLabel?.Trim() ?? "",
        MessageOnSubmit = MessageOnSubmit?.Trim() ?? "",
        ManualApproval = ManualApproval,
        RetentionDays = Count(RetentionDays, "retentionDays", errors, numberError),
        RetentionAction = RetentionAction,
        MinimumFillSeconds = Count(MinimumFillSeconds, "minimumFillSeconds", errors, numberError),
        ShowSummaryPage = ShowSummaryPage,
    };

    private static int Count(string? value, string key, IDictionary<string, string> errors, string message)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return 0;
        }

        if (int.TryParse(value.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number <= 36_500)
        {
            return number;
        }

        errors[key] = message;
        return 0;
    }
}
