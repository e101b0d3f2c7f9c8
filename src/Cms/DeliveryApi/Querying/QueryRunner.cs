using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Microsoft.Extensions.Options;
using Participation.Cms.PublishedCache;
using Participation.Cms.Search;
using Participation.Cms.Site;

namespace Participation.Cms.DeliveryApi.Querying;

/// <summary>
/// Answers a query from the snapshot's indexes: children and types are lists the snapshot keeps, ancestors a walk up,
/// descendants a walk down the subtree only. The ordered result is kept with the snapshot it was computed from, so
/// every further page of the same query (<c>skip=15000</c> too) is a slice; a change makes a new snapshot, and the
/// kept results go with the old one. Nothing is capped: <c>total</c> is exact and sorting never drops an item.
/// A <c>q:</c> query asks the content index once and is kept under the index version too, since the index catches up
/// with a change a moment after the snapshot does.
/// </summary>
internal sealed class QueryRunner(ApiRouting routing, ContentSearch search, IOptions<DeliveryApiOptions> options)
{
    private const int MemoEntries = 256;
    private static readonly ConditionalWeakTable<PublishedSnapshot, ConcurrentDictionary<string, PublishedContent[]>> Memos = [];

    public IReadOnlyList<PublishedContent> Run(ContentQuery query, DeliveryRequest request)
    {
        var memo = Memos.GetValue(request.Snapshot, _ => new ConcurrentDictionary<string, PublishedContent[]>(StringComparer.Ordinal));
        var texts = query.Filters.OfType<TextFilter>().ToList();
        var version = texts.Count > 0 ? search.Version : 0;
        var key = $"{request.Culture}|{request.StartItem?.Key}|{request.Preview}|{version}|{query.Key}";
        if (memo.TryGetValue(key, out var kept))
        {
            return kept;
        }

        var result = Execute(query, request, texts.Count > 0 ? Rank(texts, request.Culture) : null);
        if (memo.Count >= MemoEntries)
        {
            memo.Clear(); // a crude bound: a burst of distinct queries costs recomputation, never memory
        }

        memo[key] = result;
        return result;
    }

    /// <summary>Whether the API may show this item at all: its type is not hidden and it has a route in the culture.</summary>
    public bool Visible(PublishedContent item, DeliveryRequest request) =>
        !options.Value.IsHidden(item.ContentTypeAlias) && routing.IsRoutable(item, request);

    public PublishedContent? Resolve(string target, DeliveryRequest request) =>
        Guid.TryParse(target, out var key) ? request.Snapshot.GetByKey(key) : routing.ByPath(target, request);

    private PublishedContent[] Execute(ContentQuery query, DeliveryRequest request, Dictionary<Guid, int>? rank)
    {
        var matches = Candidates(query, request, rank)
            .Where(item => Visible(item, request) && query.Filters.All(f => f.Matches(item, request.Culture)))
            .ToArray();
        if (query.Sorts.Count == 0)
        {
            // Searched without a sort: best first. A fetch walked the tree, so its hits are put in the index's order.
            return rank is null || query.Selector.Kind == SelectorKind.All ? matches : matches.OrderBy(item => rank[item.Key]).ToArray();
        }

        // Each item's sort values are read once; equal values keep the selector's order, so paging is repeatable.
        var comparer = new SortComparer(query.Sorts, request.Culture);
        return matches.Select((item, position) => (item, position, values: query.Sorts.Select(s => s.ValueOf(item, request.Culture)).ToArray()))
            .OrderBy(p => p.values, comparer)
            .ThenBy(p => p.position)
            .Select(p => p.item)
            .ToArray();
    }

    /// <summary>Each item the index finds for every <c>q:</c> filter, with its place in the first one's order.</summary>
    private Dictionary<Guid, int> Rank(IReadOnlyList<TextFilter> texts, string culture)
    {
        var rank = search.RankAll(texts[0].Text, culture).Keys.Select((key, place) => (key, place)).ToDictionary(p => p.key, p => p.place);
        foreach (var other in texts.Skip(1))
        {
            var found = search.RankAll(other.Text, culture).Keys.ToHashSet();
            rank = rank.Where(p => found.Contains(p.Key)).ToDictionary();
        }

        return rank;
    }

    private IEnumerable<PublishedContent> Candidates(ContentQuery query, DeliveryRequest request, Dictionary<Guid, int>? rank)
    {
        var snapshot = request.Snapshot;
        if (rank is not null)
        {
            // The index's hits are the candidates, in its order: a search never walks the site.
            var hits = rank.OrderBy(p => p.Value).Select(p => snapshot.GetByKey(p.Key)).OfType<PublishedContent>();
            return query.Selector.Kind == SelectorKind.All
                ? request.StartItem is { } start ? hits.Where(item => Below(snapshot, item, start)) : hits
                : Resolve(query.Selector.Target, request) is { } from
                    ? hits.Where(item => query.Selector.Kind switch
                    {
                        SelectorKind.Children => item.ParentId == from.Id,
                        SelectorKind.Ancestors => Below(snapshot, from, item),
                        _ => Below(snapshot, item, from),
                    })
                    : [];
        }

        if (query.Selector.Kind == SelectorKind.All)
        {
            if (request.StartItem is { } start)
            {
                return Descendants(snapshot, start);
            }

            // A type filter names the lists to read; otherwise it is the whole site, in creation order.
            return query.Filters.OfType<ContentTypeFilter>().FirstOrDefault(f => !f.Negate) is { } types
                ? types.Aliases.SelectMany(snapshot.OfType).OrderBy(i => i.Id)
                : snapshot.All.OrderBy(i => i.Id);
        }

        if (Resolve(query.Selector.Target, request) is not { } target)
        {
            return []; // Umbraco answers 200 with total 0 for a fetch target it cannot find
        }

        return query.Selector.Kind switch
        {
            SelectorKind.Children => snapshot.Children(target),
            SelectorKind.Ancestors => snapshot.Ancestors(target).Reverse(),
            _ => Descendants(snapshot, target),
        };
    }

    private static bool Below(PublishedSnapshot snapshot, PublishedContent item, PublishedContent ancestor) =>
        snapshot.Ancestors(item).Any(a => a.Key == ancestor.Key);

    /// <summary>The subtree below an item in document order (depth first, siblings in sort order).</summary>
    private static IEnumerable<PublishedContent> Descendants(PublishedSnapshot snapshot, PublishedContent item)
    {
        var stack = new Stack<PublishedContent>(snapshot.Children(item).Reverse());
        while (stack.TryPop(out var next))
        {
            yield return next;
            foreach (var child in snapshot.Children(next).Reverse())
            {
                stack.Push(child);
            }
        }
    }

    private sealed class SortComparer(IReadOnlyList<ContentSort> sorts, string culture) : IComparer<IComparable?[]>
    {
        private readonly StringComparer text = StringComparer.Create(Collation(culture), ignoreCase: true);

        public int Compare(IComparable?[]? x, IComparable?[]? y)
        {
            for (var i = 0; i < sorts.Count; i++)
            {
                var order = (x![i], y![i]) switch
                {
                    (null, null) => 0,
                    (null, _) => 1, // no value last, either direction
                    (_, null) => -1,
                    (string s, string t) => Direction(sorts[i], text.Compare(s, t)),
                    var (a, b) => Direction(sorts[i], a.CompareTo(b)),
                };
                if (order != 0)
                {
                    return order;
                }
            }

            return 0;
        }

        private static int Direction(ContentSort sort, int order) => sort.Ascending ? order : -order;

        /// <summary>Names sort as the language does (Finnish å, ä, ö after z); a culture .NET does not know sorts invariantly.</summary>
        private static System.Globalization.CultureInfo Collation(string culture)
        {
            try
            {
                return SiteOptions.FormattingCulture(culture);
            }
            catch (System.Globalization.CultureNotFoundException)
            {
                return System.Globalization.CultureInfo.InvariantCulture;
            }
        }
    }
}
