using System.Collections.Concurrent;

namespace Participation.Extensions.Feeds;

/// <summary>A rendered feed, sitemap or calendar: made once per published change, then served as bytes.</summary>
internal sealed record CachedFeed(long Generation, DateTimeOffset ValidUntil, byte[] Body, string ContentType)
{
    public string ETag => $"\"{Generation:x}-{Body.Length:x}\"";
}

/// <summary>
/// Feed output and the per-snapshot indexes behind it, kept until the change pipeline says content changed
/// (<see cref="ClearFeedCacheOnContentChange"/>). An entry also carries the snapshot generation it was made from, so a
/// request that reads a newer snapshot before the eviction runs never gets the older answer. Keys are only ever made
/// from things that exist (lists, cultures, tags, projects, municipalities), so the cache cannot be grown from outside.
/// </summary>
internal sealed class FeedCache
{
    private readonly ConcurrentDictionary<string, Lazy<object>> entries = new(StringComparer.Ordinal);

    public int Count => entries.Count;

    /// <summary>The entry under <paramref name="key"/> if it is of this generation and still valid, else a new one, made once however many ask.</summary>
    public T Get<T>(string key, long generation, DateTimeOffset now, Func<T> make, Func<T, (long Generation, DateTimeOffset ValidUntil)> stamp)
        where T : class
    {
        // One still being made counts as fresh: its askers wait for it instead of each making their own.
        bool Fresh(Lazy<object> old) => !old.IsValueCreated || stamp((T)old.Value) is var (made, until) && made >= generation && until > now;
        var lazy = entries.AddOrUpdate(key, _ => New(make), (_, old) => Fresh(old) ? old : New(make));
        try
        {
            return (T)lazy.Value;
        }
        catch
        {
            // A Lazy keeps its exception: without this, one failed build would answer every later request with it.
            entries.TryRemove(new KeyValuePair<string, Lazy<object>>(key, lazy));
            throw;
        }
    }

    public void Clear() => entries.Clear();

    private static Lazy<object> New<T>(Func<T> make)
        where T : class => new(() => make(), LazyThreadSafetyMode.ExecutionAndPublication);
}
