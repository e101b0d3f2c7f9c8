using System.Collections.Concurrent;
using System.Text;

namespace Participation.Cms.Search;

/// <summary>
/// Answers of the content index kept for the index version they were read from: residents ask the same few things
/// (a popular word, a directory facet), and a word found in every item costs milliseconds of scoring each time. Any
/// change to the index makes a new version, and the kept answers go with the old one, so nothing kept is ever stale.
/// Past a bound (a crawler trying every word) answers are computed and not kept.
/// </summary>
internal sealed class KeptSearchResults(int bound = 2000)
{
    private Kept current = new(-1);

    public ContentSearchResult GetOrAdd(long version, ContentQuery query, Func<ContentSearchResult> search)
    {
        var kept = Volatile.Read(ref current);
        if (kept.Version != version)
        {
            // A version older than the one kept was read before a change and is simply not kept.
            if (version < kept.Version)
            {
                return search();
            }

            var fresh = new Kept(version);
            kept = Interlocked.CompareExchange(ref current, fresh, kept) == kept ? fresh : Volatile.Read(ref current);
            if (kept.Version != version)
            {
                return search();
            }
        }

        var key = KeyOf(query);
        if (kept.Results.TryGetValue(key, out var result))
        {
            return result;
        }

        result = search();
        if (kept.Results.Count < bound)
        {
            kept.Results.TryAdd(key, result);
        }

        return result;
    }

    /// <summary>Everything that makes <paramref name="query"/>'s answer what it is; <paramref name="withPage"/> false leaves out the page and the snippets.</summary>
    public static string KeyOf(ContentQuery query, bool withPage = true)
    {
        var key = new StringBuilder().Append(query.Text).Append('\u0001').Append(query.Culture).Append('\u0001').Append(query.Sort);
        if (withPage)
        {
            key.Append('\u0001').Append(query.Skip).Append('\u0001').Append(query.Take).Append('\u0001').Append(query.Highlight);
        }

        foreach (var (label, values) in new[] { ("f", query.Filters), ("x", query.Excluded) })
        {
            foreach (var (field, choices) in values.OrderBy(v => v.Key, StringComparer.Ordinal))
            {
                key.Append('\u0001').Append(label).Append(field).Append('=').AppendJoin('\u0002', choices);
            }
        }

        return key.Append('\u0001').AppendJoin('\u0002', query.Facets).ToString();
    }

    private sealed class Kept(long version)
    {
        public long Version { get; } = version;

        public ConcurrentDictionary<string, ContentSearchResult> Results { get; } = new(StringComparer.Ordinal);
    }
}
