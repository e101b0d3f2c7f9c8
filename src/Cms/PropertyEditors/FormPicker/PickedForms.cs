using Participation.Cms.PublishedCache;

namespace Participation.Cms.PropertyEditors;

/// <summary>Which forms a published item picks, in any of its form pickers: for the forms add-on, which knows no editor aliases.</summary>
public static class PickedForms
{
    public const string EditorAlias = "UmbracoForms.FormPicker";

    /// <summary>Whether the item picks the form in this culture (invariant pickers answer in every culture).</summary>
    public static bool Picks(PublishedContent content, string culture, Guid formId) =>
        content.ContentType.Properties.Any(p => p.Editor == EditorAlias && content.Value(p.Alias, culture) is Guid picked && picked == formId);

    /// <summary>Whether the item picks the form in any of its cultures.</summary>
    public static bool PicksInAnyCulture(PublishedContent content, Guid formId) =>
        content.Cultures.Keys.Any(culture => Picks(content, culture, formId));
}
