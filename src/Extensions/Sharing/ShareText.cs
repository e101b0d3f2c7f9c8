using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Html;
using Participation.Cms.PublishedCache;

namespace Participation.Extensions.Sharing;

/// <summary>The words a card shows: the editor's override first, then what each type already has to say about itself.</summary>
internal static class ShareText
{
    private const int MaxDescription = 200;

    // The short texts each type already has, best first; rich text is the last resort, cut to a sentence or so.
    private static readonly string[] PlainAliases = ["summary", "theme", "tagline"];
    private static readonly string[] RichAliases = ["intro", "description", "body"];

    public static string SiteName(PublishedSnapshot snapshot, string culture) =>
        snapshot.Home is { } home ? home.Value<string>("siteName", culture) is { Length: > 0 } name ? name : home.Name(culture) : "Participation.Site";

    public static string Title(PublishedContent item, string culture, string siteName) =>
        item.Value<string>("shareTitle", culture) is { Length: > 0 } title ? title
        : item.ContentTypeAlias == "home" ? siteName
        : item.Name(culture);

    public static string Description(PublishedContent? item, PublishedSnapshot snapshot, string culture, string siteName)
    {
        if (item?.Value<string>("shareDescription", culture) is { Length: > 0 } own)
        {
            return own;
        }

        if (item is not null)
        {
            foreach (var alias in PlainAliases)
            {
                if (item.Value<string>(alias, culture) is { Length: > 0 } text)
                {
                    return Shorten(text);
                }
            }

            foreach (var alias in RichAliases)
            {
                if (item.Value(alias, culture) is IHtmlContent html && PlainText(html) is { Length: > 0 } text)
                {
                    return Shorten(text);
                }
            }
        }

        // Every page has a description: the site's own line when the page has nothing to say.
        return snapshot.Home?.Value<string>("tagline", culture) is { Length: > 0 } tagline ? tagline : siteName;
    }

    private static string PlainText(IHtmlContent html)
    {
        using var writer = new StringWriter();
        html.WriteTo(writer, System.Text.Encodings.Web.HtmlEncoder.Default);
        // Block elements end with a space, so "<p>One</p><p>Two</p>" reads "One Two", not "OneTwo".
        var html5 = writer.ToString().Replace("</", " </", StringComparison.Ordinal);
        var text = new HtmlParser().ParseDocument(html5).Body?.TextContent ?? "";
        return string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }

    private static string Shorten(string text)
    {
        text = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (text.Length <= MaxDescription)
        {
            return text;
        }

        var cut = text.LastIndexOf(' ', MaxDescription - 1);
        return text[..(cut > MaxDescription / 2 ? cut : MaxDescription - 1)].TrimEnd(',', '.', ';', ':') + "…";
    }
}
