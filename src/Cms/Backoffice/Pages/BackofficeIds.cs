namespace Participation.Cms.Backoffice.Pages;

/// <summary>Element ids for fields, so error messages, summaries and labels point at the same control.</summary>
public static class BackofficeIds
{
    public static string Field(string key) => "field-" + new string(key.Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-').ToArray());

    public static string Error(string key) => Field(key) + "-error";
}
