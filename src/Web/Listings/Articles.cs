using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Participation.Cms.PublishedCache;

namespace Participation.Web.Listings;

/// <summary>
/// News articles and blog posts, newest first by their publish date. A list's order is computed once per published
/// snapshot and kept with it (a change makes a new snapshot, and the kept orders go with the old one), so a listing
/// request costs its page, not a sort of every article.
/// </summary>
internal static class Articles
{
    private const int KeptPerSnapshot = 512;
    private static readonly ConditionalWeakTable<PublishedSnapshot, ConcurrentDictionary<string, PublishedContent[]>> Kept = [];

    public static DateTimeOffset PublishDate(PublishedContent item) =>
        item.Value<DateTimeOffset?>("publishDate", "fi") ?? new DateTimeOffset(item.CreateDate, TimeSpan.Zero);

    /// <summary>
    /// <paramref name="items"/> newest first, future-dated ones included, kept under <paramref name="key"/> for this
    /// snapshot. Past a bound (a crawler trying every tag) orders are computed and not kept.
    /// </summary>
    public static PublishedContent[] Ordered(PublishedSnapshot snapshot, string key, Func<IEnumerable<PublishedContent>> items)
    {
        var kept = Kept.GetValue(snapshot, _ => new ConcurrentDictionary<string, PublishedContent[]>(StringComparer.Ordinal));
        if (kept.TryGetValue(key, out var ordered))
        {
            return ordered;
        }

        ordered = [.. items().OrderByDescending(PublishDate).ThenBy(i => i.SortOrder)];
        if (kept.Count < KeptPerSnapshot)
        {
            kept.TryAdd(key, ordered);
        }

        return ordered;
    }

    /// <summary>Only what is due: an article dated in the future waits for its date even when published. Those lead the order, so this skips only them.</summary>
    public static ArraySegment<PublishedContent> Due(PublishedContent[] ordered, DateTimeOffset now)
    {
        var first = 0;
        while (first < ordered.Length && PublishDate(ordered[first]) > now)
        {
            first++;
        }

        return new ArraySegment<PublishedContent>(ordered, first, ordered.Length - first);
    }
}
