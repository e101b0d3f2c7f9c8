using System.Collections.Concurrent;

namespace Participation.Cms.PageCache;

/// <summary>
/// One snapshot's kept parts, each split where the response's CSP nonce stood so that every response writes its own.
/// Bounded by characters: past the bound nothing more is kept until the set is renewed, so a crawler trying every tag
/// or page number cannot grow it.
/// </summary>
public sealed class FragmentSet(DateTimeOffset expires, long maxChars)
{
    private readonly ConcurrentDictionary<string, string[]> parts = new(StringComparer.Ordinal);
    private long chars;

    public DateTimeOffset Expires { get; } = expires;

    public string[]? Find(string key) => parts.GetValueOrDefault(key);

    public void Keep(string key, string[] pieces)
    {
        var size = pieces.Sum(p => (long)p.Length);
        if (Interlocked.Add(ref chars, size) > maxChars || !parts.TryAdd(key, pieces))
        {
            Interlocked.Add(ref chars, -size);
        }
    }
}
