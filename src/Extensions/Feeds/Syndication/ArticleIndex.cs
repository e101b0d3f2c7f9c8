using Participation.Cms.PublishedCache;

namespace Participation.Extensions.Feeds.Syndication;

/// <summary>
/// One list's articles in one culture, newest first, with the newest of each tag: made once per snapshot (one pass over
/// the list's children), so a feed request, with or without a tag, is a look-up. Articles dated in the future wait for
/// their date, and the index expires when the first of them is due.
/// </summary>
internal sealed class ArticleIndex
{
    private ArticleIndex(long generation, DateTimeOffset validUntil, IReadOnlyList<PublishedContent> newest, Dictionary<string, List<PublishedContent>> byTag)
    {
        Generation = generation;
        ValidUntil = validUntil;
        Newest = newest;
        ByTag = byTag;
    }

    public long Generation { get; }

    public DateTimeOffset ValidUntil { get; }

    public IReadOnlyList<PublishedContent> Newest { get; }

    /// <summary>Tags as written by the first article that has them, compared without case; each list newest first.</summary>
    public IReadOnlyDictionary<string, List<PublishedContent>> ByTag { get; }

    public static ArticleIndex Build(PublishedSnapshot snapshot, PublishedContent list, ArticleList kind, string culture, Func<PublishedContent, DateTimeOffset> published, DateTimeOffset now, int take)
    {
        var children = snapshot.Children(list).Where(c => c.ContentTypeAlias == kind.ItemType && c.IsRoutable(culture)).ToList();
        var due = children.Where(c => published(c) <= now).OrderByDescending(published).ThenBy(c => c.SortOrder).ToList();
        var nextDue = children.Select(published).Where(d => d > now).DefaultIfEmpty(DateTimeOffset.MaxValue).Min();
        var byTag = new Dictionary<string, List<PublishedContent>>(StringComparer.OrdinalIgnoreCase);
        foreach (var item in due)
        {
            foreach (var tag in item.Value<string[]>("tags", culture) ?? [])
            {
                var tagged = byTag.TryGetValue(tag, out var existing) ? existing : byTag[tag] = [];
                if (tagged.Count < take)
                {
                    tagged.Add(item);
                }
            }
        }

        return new ArticleIndex(snapshot.Generation, nextDue, due.Take(take).ToList(), byTag);
    }
}
