namespace Participation.Extensions.Forms.Definitions;

/// <summary>One question. <see cref="Type"/> is one of <see cref="FieldTypes"/>; <see cref="Settings"/> are per type, as strings (Umbraco's shape).</summary>
public sealed record FormField
{
    public Guid Id { get; init; }

    public string Alias { get; init; } = "";

    public string Caption { get; init; } = "";

    public string HelpText { get; init; } = "";

    public string Placeholder { get; init; } = "";

    public bool Required { get; init; }

    public string RequiredErrorMessage { get; init; } = "";

    public string? Pattern { get; init; }

    public string PatternInvalidErrorMessage { get; init; } = "";

    /// <summary>Shown only to editors and admins in the backoffice, and kept out of exports for writers.</summary>
    public bool ContainsSensitiveData { get; init; }

    public IReadOnlyList<PreValue> PreValues { get; init; } = [];

    public IReadOnlyDictionary<string, string> Settings { get; init; } = new Dictionary<string, string>();

    public string Type { get; init; } = FieldTypes.ShortAnswer;

    public FieldCondition? Condition { get; init; }

    public FileUploadOptions? FileUploadOptions { get; init; }

    public string? Setting(string name) => Settings.TryGetValue(name, out var value) && value.Length > 0 ? value : null;

    public int? IntSetting(string name) =>
        int.TryParse(Setting(name), System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var value) ? value : null;

    /// <summary>Fields that take no answer (a heading and text).</summary>
    public bool TakesValue => Type != FieldTypes.TitleAndDescription;
}

public sealed record PreValue(string Value, string Caption);

public sealed record FileUploadOptions
{
    public IReadOnlyList<string> AllowedUploadExtensions { get; init; } = [];

    public bool AllowMultipleFileUploads { get; init; }

    /// <summary>Per file; the site-wide upload limit applies on top.</summary>
    public int MaxFileSizeKb { get; init; } = 5 * 1024;
}

/// <summary>Show or hide a field, fieldset or page when all or any of the rules match (Umbraco Forms' conditions).</summary>
public sealed record FieldCondition
{
    public ConditionAction ActionType { get; init; } = ConditionAction.Show;

    public ConditionLogic LogicType { get; init; } = ConditionLogic.All;

    public IReadOnlyList<ConditionRule> Rules { get; init; } = [];
}

public enum ConditionAction
{
    Show,
    Hide,
}

public enum ConditionLogic
{
    All,
    Any,
}

/// <summary><see cref="Field"/> is the other field's id or alias; <see cref="Operator"/> one of <see cref="ConditionOperators"/>.</summary>
public sealed record ConditionRule(string Field, string Operator, string Value);
