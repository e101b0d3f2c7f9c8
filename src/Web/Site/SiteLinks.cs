using Participation.Cms.PublishedCache;
using Participation.Cms.Routing;

namespace Participation.Web.Site;

/// <summary>The pages every page links to (footer, search), found by their Finnish route and shown in the page's language when they have it.</summary>
public static class SiteLinks
{
    public static string? Url(PageModel page, string finnishRoute) =>
        page.Snapshot.GetByRoute("fi", finnishRoute) is { } target ? target.Url(page.Culture) ?? target.Url("fi") : null;

    /// <summary>The home page's sections in menu order, in the page's language where they exist.</summary>
    public static IEnumerable<(PublishedContent Item, string Url)> Menu(PageModel page) =>
        (page.Home is null ? [] : page.Snapshot.Children(page.Home))
            .Where(c => c.ContentTypeAlias != "page" && c.ContentTypeAlias != "search")
            .Select(c => (c, c.Url(page.Culture)))
            .Where(c => c.Item2 is not null)
            .Select(c => (c.c, c.Item2!));

    public static bool IsCurrentSection(PageModel page, PublishedContent section) =>
        page.Current is { } current && (current.Id == section.Id || page.Snapshot.Ancestors(current).Any(a => a.Id == section.Id));
}
