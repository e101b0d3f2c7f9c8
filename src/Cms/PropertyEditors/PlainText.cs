using System.Net;
using System.Text.RegularExpressions;

namespace Participation.Cms.PropertyEditors;

/// <summary>Text of stored (already sanitised) HTML for a search index: tags become spaces so words of adjacent blocks do not run together.</summary>
internal static partial class PlainText
{
    public static string? FromHtml(string html) =>
        Collapse(WebUtility.HtmlDecode(Tags().Replace(html, " ")));

    public static string? Collapse(string text) =>
        Whitespace().Replace(text, " ").Trim() is { Length: > 0 } s ? s : null;

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tags();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
