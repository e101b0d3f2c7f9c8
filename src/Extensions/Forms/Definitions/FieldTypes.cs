namespace Participation.Extensions.Forms.Definitions;

/// <summary>The field types' aliases, as stored in definitions and sent by the headless API.</summary>
public static class FieldTypes
{
    public const string ShortAnswer = "shortAnswer";
    public const string LongAnswer = "longAnswer";
    public const string Email = "email";
    public const string Phone = "phone";
    public const string Number = "number";
    public const string Date = "date";
    public const string Time = "time";
    public const string Checkbox = "checkbox";
    public const string SingleChoice = "singleChoice";
    public const string MultipleChoice = "multipleChoice";
    public const string Dropdown = "dropdown";
    public const string DataConsent = "dataConsent";
    public const string FileUpload = "fileUpload";
    public const string Hidden = "hidden";
    public const string TitleAndDescription = "titleAndDescription";

    public static readonly IReadOnlyList<string> All =
    [
        ShortAnswer, LongAnswer, Email, Phone, Number, Date, Time, Checkbox, SingleChoice, MultipleChoice, Dropdown,
        DataConsent, FileUpload, Hidden, TitleAndDescription,
    ];

    /// <summary>Types whose answer is a list of options.</summary>
    public static bool IsMultiValued(FormField field) =>
        field.Type == MultipleChoice || (field.Type == Dropdown && field.Setting("allowMultipleSelections") == "true") || field.Type == FileUpload;

    public static bool HasOptions(string type) => type is SingleChoice or MultipleChoice or Dropdown;
}

/// <summary>Condition operators, with Umbraco Forms' spellings accepted on import.</summary>
public static class ConditionOperators
{
    public const string Is = "Is";
    public const string IsNot = "IsNot";
    public const string Contains = "Contains";
    public const string NotContains = "NotContains";
    public const string GreaterThan = "GreaterThan";
    public const string LessThan = "LessThan";
    public const string StartsWith = "StartsWith";
    public const string EndsWith = "EndsWith";

    public static readonly IReadOnlyList<string> All = [Is, IsNot, Contains, NotContains, GreaterThan, LessThan, StartsWith, EndsWith];
}
