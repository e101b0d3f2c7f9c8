using System.Collections.Frozen;
using Microsoft.AspNetCore.Html;

namespace Participation.Cms.Backoffice.Tree;

/// <summary>
/// The content types' Umbraco icon names (<c>icon-calendar-alt</c>) drawn as small inline SVGs, so the tree shows
/// what kind each item is at a glance without an icon font or a script. Unknown names get the document shape.
/// </summary>
public static class TypeIcons
{
    private const string Document = "M6 2h8l4 4v16H6z M14 2v4h4";

    private static readonly FrozenDictionary<string, string> Shapes = new Dictionary<string, string>
    {
        ["icon-document"] = Document,
        ["icon-edit"] = "M4 20l1-5L16 4l4 4L9 19z M14 6l4 4",
        ["icon-home"] = "M3 11l9-8 9 8 M5 10v11h5v-6h4v6h5V10",
        ["icon-calendar"] = "M4 5h16v16H4z M4 9h16 M8 3v4 M16 3v4",
        ["icon-calendar-alt"] = "M4 5h16v16H4z M4 9h16 M8 3v4 M16 3v4 M8 13h3v3H8z",
        ["icon-newspaper"] = "M3 5h14v15H5a2 2 0 0 1-2-2z M17 9h4v9a2 2 0 0 1-4 0 M6 8h8 M6 12h8 M6 16h5",
        ["icon-newspaper-alt"] = "M3 5h14v15H5a2 2 0 0 1-2-2z M6 8h8 M6 12h8 M6 16h5",
        ["icon-briefcase"] = "M3 8h18v12H3z M9 8V5h6v3 M3 13h18",
        ["icon-map-location"] = "M12 21s-7-6.5-7-12a7 7 0 0 1 14 0c0 5.5-7 12-7 12z M12 11.5a2.5 2.5 0 1 0 0-5 2.5 2.5 0 0 0 0 5",
        ["icon-search"] = "M10.5 17a6.5 6.5 0 1 0 0-13 6.5 6.5 0 0 0 0 13z M15.5 15.5L21 21",
        ["icon-store"] = "M4 10v10h16V10 M3 10l2-6h14l2 6z M10 20v-5h4v5",
        ["icon-user"] = "M12 12a4 4 0 1 0 0-8 4 4 0 0 0 0 8z M4 21a8 8 0 0 1 16 0",
        ["icon-users"] = "M9 11a3.5 3.5 0 1 0 0-7 3.5 3.5 0 0 0 0 7z M2 20a7 7 0 0 1 14 0 M16 4.5a3.5 3.5 0 0 1 0 6.5 M18 14a6 6 0 0 1 4 6",
        ["icon-folder"] = "M3 6h6l2 2h10v12H3z",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Decorative (aria-hidden): the type's name is written beside it for everyone.</summary>
    public static IHtmlContent Svg(string icon) => new HtmlString(
        $"<svg class=\"type-icon\" viewBox=\"0 0 24 24\" width=\"18\" height=\"18\" aria-hidden=\"true\" focusable=\"false\"><path d=\"{Shapes.GetValueOrDefault(icon, Document)}\"/></svg>");
}
