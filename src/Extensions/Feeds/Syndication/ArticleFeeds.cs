using Microsoft.Extensions.Options;
using Participation.Cms.PublishedCache;
using Participation.Cms.Site;
using Participation.Extensions.Sharing;

namespace Participation.Extensions.Feeds.Syndication;

/// <summary>RSS and Atom of news and the blog, whole or per tag, per culture; each made once per change and kept as bytes.</summary>
internal sealed class ArticleFeeds(FeedCache cache, ShareCards cards, SiteOptions site, IOptions<FeedsOptions> options, TimeProvider clock)
{
    public const string Rss = "rss";
    public const string Atom = "atom";

    /// <summary>The path of a feed, e.g. <c>/feeds/news.rss</c> or <c>/sv/feeds/blog.atom?tag=Kouvola</c>.</summary>
    public string PathOf(string list, string format, string culture, string? tag = null) =>
        $"{site.UrlPrefix(culture)}/feeds/{list}.{format}" + (tag is null ? "" : "?tag=" + Uri.EscapeDataString(tag));

    /// <summary>The feed, or null when there is no such list in this culture or no article has the tag.</summary>
    public CachedFeed? Get(PublishedSnapshot snapshot, ArticleList kind, string format, string culture, string? tag)
    {
        if (kind.Find(snapshot) is not { } list || list.Url(culture) is null)
        {
            return null;
        }

        var now = clock.GetUtcNow();
        var index = cache.Get($"index|{kind.Name}|{culture}", snapshot.Generation, now,
            () => ArticleIndex.Build(snapshot, list, kind, culture, cards.PublishDate, now, options.Value.ItemsPerFeed), i => (i.Generation, i.ValidUntil));
        IReadOnlyList<PublishedContent> items;
        if (tag is null)
        {
            items = index.Newest;
        }
        else if (index.ByTag.TryGetValue(tag, out var tagged))
        {
            items = tagged;
            tag = tagged[0].Value<string[]>("tags", culture)!.First(t => string.Equals(t, tag, StringComparison.OrdinalIgnoreCase));
        }
        else
        {
            return null;
        }

        return cache.Get($"{format}|{kind.Name}|{culture}|{tag?.ToLowerInvariant()}", snapshot.Generation, now, () =>
        {
            var document = Document(snapshot, list, kind, culture, tag, format, items);
            var body = format == Atom ? AtomWriter.Write(document) : RssWriter.Write(document);
            return new CachedFeed(index.Generation, index.ValidUntil, body, format == Atom ? "application/atom+xml; charset=utf-8" : "application/rss+xml; charset=utf-8");
        }, f => (f.Generation, f.ValidUntil));
    }

    private FeedDocument Document(PublishedSnapshot snapshot, PublishedContent list, ArticleList kind, string culture, string? tag, string format, IReadOnlyList<PublishedContent> items)
    {
        var siteName = ShareText.SiteName(snapshot, culture);
        var listName = list.Name(culture) + (tag is null ? "" : " / " + tag);
        var entries = items.Select(item => new FeedEntry(
            $"urn:uuid:{item.Key}",
            item.Name(culture),
            cards.Absolute(item.Url(culture)!),
            ShareText.Description(item, snapshot, culture, siteName),
            cards.PublishDate(item),
            Local(item.UpdateDate),
            item.Value<string>("authorName", culture),
            item.Value<string[]>("tags", culture) ?? [],
            null)).ToList();
        var listUrl = cards.Absolute(list.Url(culture)!) + (tag is null ? "" : "?tag=" + Uri.EscapeDataString(tag));
        return new FeedDocument(
            $"urn:uuid:{list.Key}" + (tag is null ? "" : ":" + Uri.EscapeDataString(tag.ToLowerInvariant())),
            $"{listName} – {siteName}",
            ShareText.Description(list, snapshot, culture, siteName),
            culture,
            listUrl,
            cards.Absolute(PathOf(kind.Name, format, culture, tag)),
            entries.Count > 0 ? entries.Max(e => e.Updated) : Local(list.UpdateDate),
            entries);
    }

    private DateTimeOffset Local(DateTime utc) => TimeZoneInfo.ConvertTime(new DateTimeOffset(DateTime.SpecifyKind(utc, DateTimeKind.Utc)), site.Zone);
}
