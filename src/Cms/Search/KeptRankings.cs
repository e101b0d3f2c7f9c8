using System.Collections.Concurrent;
using Lucene.Net.Search;

namespace Participation.Cms.Search;

/// <summary>
/// The ranking of a search (its best matches in order, with the total, the facet counts and the suggestion), kept for
/// the index reader it was read from, so every further page of it costs only that page: reading ten documents and
/// their snippets instead of scoring every match again. A reader's document numbers hold only for that reader, so the
/// rankings go with it at the next change. One computation per ranking even when many pages are asked at once; the
/// kept rankings are bounded by the documents they hold (a crawler trying words cannot grow them).
/// </summary>
internal sealed class KeptRankings(int documentBound = 500_000)
{
    /// <summary>The best matches ranked at first; a page past them ranks again for twice as many.</summary>
    public const int FirstDepth = 1000;

    private Kept current = new(-1);

    /// <summary>How deep to rank for a page ending at match <paramref name="wanted"/>: the first depth, doubled as needed.</summary>
    public static int DepthFor(int wanted)
    {
        var depth = FirstDepth;
        while (depth < wanted && depth < int.MaxValue / 2)
        {
            depth *= 2;
        }

        return Math.Max(depth, wanted);
    }

    public Ranking GetOrAdd(long version, string key, int depth, Func<int, Ranking> rank)
    {
        var kept = Volatile.Read(ref current);
        if (kept.Version != version)
        {
            if (version < kept.Version)
            {
                return rank(depth); // a reader older than the kept one: read once, not kept
            }

            var fresh = new Kept(version);
            kept = Interlocked.CompareExchange(ref current, fresh, kept) == kept ? fresh : Volatile.Read(ref current);
            if (kept.Version != version)
            {
                return rank(depth);
            }
        }

        var entry = kept.Rankings.GetOrAdd(key, _ => new Lazy<Ranking>(() => Counted(kept, rank(depth))));
        var ranking = ValueOf(kept, key, entry);
        if (ranking.Covers(depth))
        {
            return ranking;
        }

        // Deeper than ranked: rank again to this depth, kept in place of the shallower one.
        var deeper = new Lazy<Ranking>(() => Counted(kept, rank(depth)));
        kept.Rankings.TryUpdate(key, deeper, entry);
        var now = kept.Rankings.TryGetValue(key, out var latest) ? ValueOf(kept, key, latest) : ValueOf(kept, key, deeper);
        return now.Covers(depth) ? now : ValueOf(kept, key, deeper);
    }

    // A ranking that failed (the reader closed under it) is not kept: the next request ranks again.
    private static Ranking ValueOf(Kept kept, string key, Lazy<Ranking> entry)
    {
        try
        {
            return entry.Value;
        }
        catch
        {
            kept.Rankings.TryRemove(new KeyValuePair<string, Lazy<Ranking>>(key, entry));
            throw;
        }
    }

    private Ranking Counted(Kept kept, Ranking ranking)
    {
        if (Interlocked.Add(ref kept.Documents, ranking.Docs.Length) > documentBound)
        {
            // Past the bound, start over rather than grow: what is asked again is ranked again.
            kept.Rankings.Clear();
            Interlocked.Exchange(ref kept.Documents, ranking.Docs.Length);
        }

        return ranking;
    }

    private sealed class Kept(long version)
    {
        public long Documents;

        public long Version { get; } = version;

        public ConcurrentDictionary<string, Lazy<Ranking>> Rankings { get; } = new(StringComparer.Ordinal);
    }
}

/// <summary>The best <see cref="Docs"/> of all <see cref="Total"/> matches in order, with what every page of them shows.</summary>
internal sealed record Ranking(ScoreDoc[] Docs, int Total, IReadOnlyDictionary<string, IReadOnlyList<FacetCount>> Facets, string? DidYouMean)
{
    /// <summary>Whether the first <paramref name="depth"/> matches are all here (or there are no more).</summary>
    public bool Covers(int depth) => Docs.Length >= Math.Min(depth, Total);
}
