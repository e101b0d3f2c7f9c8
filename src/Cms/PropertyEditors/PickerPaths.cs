namespace Participation.Cms.PropertyEditors;

/// <summary>Where a picker's choices are searched: one address per property of a content type.</summary>
public static class PickerPaths
{
    public const string Pattern = "/umbraco/api/pickers/{contentType}/{property}";

    public static string Search(string contentType, string property) =>
        $"/umbraco/api/pickers/{Uri.EscapeDataString(contentType)}/{Uri.EscapeDataString(property)}";
}
