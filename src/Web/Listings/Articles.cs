using Participation.Cms.PublishedCache;

namespace Participation.Web.Listings;

/// <summary>
/// News articles and blog posts, newest first by their publish date. A list's order is computed once per published
/// snapshot and kept with it (a change makes a new snapshot, and the kept orders go with the old one), so a listing
/// request costs its page, not a sort of every article.
/// </summary>
internal static class Articles
{
    public static DateTimeOffset PublishDate(PublishedContent item) =>
        item.Value<DateTimeOffset?>("publishDate", "fi") ?? new DateTimeOffset(item.CreateDate, TimeSpan.Zero);

    /// <summary>
    /// <paramref name="items"/> newest first, future-dated ones included, kept under <paramref name="key"/> for this
    /// snapshot (<paramref name="fromRequest"/>: the key holds a reader's input, see <see cref="PublishedSnapshot.Kept"/>).
    /// </summary>
    public static PublishedContent[] Ordered(PublishedSnapshot snapshot, string key, Func<IEnumerable<PublishedContent>> items, bool fromRequest = false) =>
        snapshot.Kept("articles|" + key, () => items().OrderByDescending(PublishDate).ThenBy(i => i.SortOrder).ToArray(), fromRequest);

    /// <summary>Only what is due: an article dated in the future waits for its date even when published. Those lead the order, so the first due one is found by binary search.</summary>
    public static ArraySegment<PublishedContent> Due(PublishedContent[] ordered, DateTimeOffset now)
    {
        var (low, high) = (0, ordered.Length);
        while (low < high)
        {
            var middle = (low + high) / 2;
            (low, high) = PublishDate(ordered[middle]) > now ? (middle + 1, high) : (low, middle);
        }

        return new ArraySegment<PublishedContent>(ordered, low, ordered.Length - low);
    }
}
