using System.ComponentModel.DataAnnotations;
using Participation.Extensions.Forms.Definitions;

namespace Participation.Extensions.Backoffice.Pages.Forms;

/// <summary>
/// The field editor's form, as posted. A type's setting that was not on the page stays null and keeps its stored
/// value; one posted empty is removed.
/// </summary>
public sealed class FieldInput
{
    public string? Caption { get; set; }

    public string? Alias { get; set; }

    public string? Type { get; set; }

    public string? HelpText { get; set; }

    public string? Placeholder { get; set; }

    public bool Required { get; set; }

    public string? RequiredErrorMessage { get; set; }

    public string? Pattern { get; set; }

    public string? PatternInvalidErrorMessage { get; set; }

    public bool Sensitive { get; set; }

    /// <summary>One option a line, <c>value|caption</c>; a line without a bar is both.</summary>
    [DisplayFormat(ConvertEmptyStringToNull = false)]
    public string? Options { get; set; }

    public Dictionary<string, string?> Settings { get; set; } = [];

    public List<string> Extensions { get; set; } = [];

    public bool MultipleFiles { get; set; }

    /// <summary>Empty for no condition, else a <see cref="ConditionAction"/>.</summary>
    public string? ConditionAction { get; set; }

    public ConditionLogic ConditionLogic { get; set; }

    public List<RuleInput> Rules { get; set; } = [];

    public static FieldInput From(FormField field) => new()
    {
        Caption = field.Caption,
        Alias = field.Alias,
        Type = field.Type,
        HelpText = field.HelpText,
        Placeholder = field.Placeholder,
        Required = field.Required,
        RequiredErrorMessage = field.RequiredErrorMessage,
        Pattern = field.Pattern,
        PatternInvalidErrorMessage = field.PatternInvalidErrorMessage,
        Sensitive = field.ContainsSensitiveData,
        Options = string.Join('\n', field.PreValues.Select(p => p.Value == p.Caption ? p.Value : $"{p.Value}|{p.Caption}")),
        Settings = field.Settings.ToDictionary(s => s.Key, s => (string?)s.Value),
        Extensions = field.FileUploadOptions?.AllowedUploadExtensions.ToList() ?? [],
        MultipleFiles = field.FileUploadOptions?.AllowMultipleFileUploads == true,
        ConditionAction = field.Condition?.ActionType.ToString() ?? "",
        ConditionLogic = field.Condition?.LogicType ?? ConditionLogic.All,
        Rules = field.Condition?.Rules.Select(r => new RuleInput { Field = r.Field, Operator = r.Operator, Value = r.Value }).ToList() ?? [],
    };

    public FormField ApplyTo(FormField field)
    {
        var settings = field.Settings.ToDictionary(s => s.Key, s => s.Value);
        foreach (var (name, value) in Settings)
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                settings.Remove(name);
            }
            else
            {
                settings[name] = value.Trim();
            }
        }

        var type = Type?.Trim() ?? field.Type;
        return field with
        {
            Caption = Caption?.Trim() ?? "",
            Alias = Alias?.Trim() ?? "",
            Type = type,
            HelpText = HelpText?.Trim() ?? "",
            Placeholder = Placeholder?.Trim() ?? "",
            Required = Required,
            RequiredErrorMessage = RequiredErrorMessage?.Trim() ?? "",
            Pattern = string.IsNullOrWhiteSpace(Pattern) ? null : Pattern,
            PatternInvalidErrorMessage = PatternInvalidErrorMessage?.Trim() ?? "",
            ContainsSensitiveData = Sensitive,
            PreValues = Options is null ? field.PreValues : ParseOptions(Options),
            Settings = settings,
            FileUploadOptions = type == FieldTypes.FileUpload
                ? (field.FileUploadOptions ?? new FileUploadOptions()) with { AllowedUploadExtensions = Extensions, AllowMultipleFileUploads = MultipleFiles }
                : field.FileUploadOptions,
            Condition = Enum.TryParse<ConditionAction>(ConditionAction, out var action)
                ? new FieldCondition
                {
                    ActionType = action,
                    LogicType = ConditionLogic,
                    Rules = Rules.Where(r => !string.IsNullOrWhiteSpace(r.Field)).Select(r => new ConditionRule(r.Field!, r.Operator ?? "", r.Value ?? "")).ToList(),
                }
                : null,
        };
    }

    private static List<PreValue> ParseOptions(string lines) =>
        lines.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(line => line.Split('|', 2, StringSplitOptions.TrimEntries) is [var value, var caption] ? new PreValue(value, caption.Length > 0 ? caption : value) : new PreValue(line, line))
            .ToList();
}

/// <summary>One rule of a field's condition: the other field's alias, an operator of <see cref="ConditionOperators"/> and a value.</summary>
public sealed class RuleInput
{
    public string? Field { get; set; }

    public string? Operator { get; set; }

    public string? Value { get; set; }
}
