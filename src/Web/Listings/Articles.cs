using Participation.Cms.PublishedCache;

namespace Participation.Web.Listings;

/// <summary>News articles and blog posts, newest first by their publish date.</summary>
internal static class Articles
{
    public static DateTimeOffset PublishDate(PublishedContent item) =>
        item.Value<DateTimeOffset?>("publishDate", "fi") ?? new DateTimeOffset(item.CreateDate, TimeSpan.Zero);

    /// <summary>Only what is due: an article dated in the future waits for its date even when published.</summary>
    public static IEnumerable<PublishedContent> Newest(IEnumerable<PublishedContent> items, DateTimeOffset now) =>
        items.Where(i => PublishDate(i) <= now).OrderByDescending(PublishDate).ThenBy(i => i.SortOrder);
}
