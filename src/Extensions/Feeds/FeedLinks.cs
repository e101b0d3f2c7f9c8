using Participation.Cms.Routing;
using Participation.Extensions.Feeds.Calendar;
using Participation.Extensions.Feeds.Syndication;

namespace Participation.Extensions.Feeds;

/// <summary>A feed a page's head announces, so browsers and readers find it from the page.</summary>
public sealed record FeedLink(string Type, string Title, string Href);

/// <summary>The feeds of a page: its list's RSS and Atom (the tag's, on a tag's page), and the events calendar on the events pages.</summary>
public sealed class FeedLinks
{
    private readonly ArticleFeeds articles;
    private readonly EventFeeds events;

    internal FeedLinks(ArticleFeeds articles, EventFeeds events) => (this.articles, this.events) = (articles, events);

    /// <summary>The .ics of one event, to add it to a calendar.</summary>
    public string EventFile(Guid key, string culture) => events.EventPathOf(key, culture);

    public IReadOnlyList<FeedLink> For(PageModel page, string? tag)
    {
        if (page.Current is not { } item)
        {
            return [];
        }

        var culture = page.Culture;
        var links = new List<FeedLink>();
        foreach (var list in ArticleList.All.Where(l => item.ContentTypeAlias == l.ListType || item.ContentTypeAlias == l.ItemType || item.ContentTypeAlias == "home"))
        {
            var name = list.Find(page.Snapshot)?.Name(culture) ?? list.Name;
            var listTag = item.ContentTypeAlias == list.ListType ? tag : null;
            links.Add(new FeedLink("application/rss+xml", $"{name}{(listTag is null ? "" : " / " + listTag)} (RSS)", articles.PathOf(list.Name, ArticleFeeds.Rss, culture, listTag)));
            links.Add(new FeedLink("application/atom+xml", $"{name}{(listTag is null ? "" : " / " + listTag)} (Atom)", articles.PathOf(list.Name, ArticleFeeds.Atom, culture, listTag)));
        }

        if (item.ContentTypeAlias is "events" or "partnershipTable" or "home")
        {
            links.Add(new FeedLink("text/calendar", (page.Snapshot.OfType("events").FirstOrDefault()?.Name(culture) ?? "Events") + " (iCalendar)", events.PathOf(culture)));
        }

        return links;
    }
}
