namespace Participation.Cms.PropertyEditors;

/// <summary>How an editor's values compare in the Delivery API's property filters and sorts.</summary>
public enum QueryValueKind
{
    /// <summary>Equal to one of several texts, ignoring case; sorted as the language sorts.</summary>
    Text,

    /// <summary>An instant; a plain date in a filter is that day on the site's clock.</summary>
    Moment,

    /// <summary>A calendar day.</summary>
    Day,

    Number,

    /// <summary>True or false: filtered, never sorted.</summary>
    Flag,
}
