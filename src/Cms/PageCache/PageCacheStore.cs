using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using Participation.Cms.PublishedCache;

namespace Participation.Cms.PageCache;

/// <summary>
/// The kept pages of this node, by address. A page belongs to the snapshot it was rendered from and is found only while
/// that snapshot is current, so no publish can be followed by an old page, even before the change pipeline's
/// <see cref="EvictPagesOnContentChange"/> has emptied the store.
/// </summary>
internal sealed class PageCacheStore(IOptionsMonitor<PageCacheOptions> options)
{
    private readonly ConcurrentDictionary<string, CachedPage> pages = new(StringComparer.Ordinal);
    private long bytes;

    public int Count => pages.Count;

    public CachedPage? Find(string key, PublishedSnapshot current, DateTimeOffset now) =>
        pages.TryGetValue(key, out var page) && ReferenceEquals(page.Snapshot, current) && page.Expires > now ? page : null;

    public void Keep(string key, CachedPage page)
    {
        if (Interlocked.Add(ref bytes, page.Bytes) > options.CurrentValue.MaxBytes)
        {
            Clear();
            Interlocked.Add(ref bytes, page.Bytes);
        }

        pages.AddOrUpdate(key, page, (_, old) =>
        {
            Interlocked.Add(ref bytes, -old.Bytes);
            return page;
        });
    }

    public void Clear()
    {
        pages.Clear();
        Interlocked.Exchange(ref bytes, 0);
    }
}
