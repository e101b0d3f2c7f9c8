using System.Collections.Concurrent;
using System.Collections.Immutable;
using Participation.Cms.PropertyEditors;

namespace Participation.Cms.PublishedCache;

/// <summary>
/// Every published item, indexed by key, id, route, parent (children in sort order) and content type. Immutable: readers
/// take the current reference and never lock. A change builds a new snapshot that shares every unchanged item and
/// list with this one (see <see cref="SnapshotEditor"/>), so listing pages and lookups never scan the whole site.
/// </summary>
public sealed class PublishedSnapshot
{
    internal const int RootParent = -1;

    private const int KeptForRequestsLimit = 512;

    private readonly ConcurrentDictionary<string, Lazy<object>> kept = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Lazy<object>> keptForRequests = new(StringComparer.Ordinal);

    internal PublishedSnapshot(
        ImmutableDictionary<Guid, PublishedContent> byKey,
        ImmutableDictionary<int, PublishedContent> byId,
        ImmutableDictionary<string, ImmutableDictionary<string, int>> routes,
        ImmutableDictionary<int, PublishedContent[]> children,
        ImmutableDictionary<string, PublishedContent[]> byType,
        ImmutableDictionary<Guid, PublishedMedia> media,
        long generation)
    {
        ByKey = byKey;
        ById = byId;
        Routes = routes;
        ChildrenOf = children;
        ByType = byType;
        MediaByKey = media;
        Generation = generation;
    }

    public static PublishedSnapshot Empty { get; } = new(
        ImmutableDictionary<Guid, PublishedContent>.Empty,
        ImmutableDictionary<int, PublishedContent>.Empty,
        ImmutableDictionary<string, ImmutableDictionary<string, int>>.Empty,
        ImmutableDictionary<int, PublishedContent[]>.Empty,
        ImmutableDictionary<string, PublishedContent[]>.Empty.WithComparers(StringComparer.Ordinal),
        ImmutableDictionary<Guid, PublishedMedia>.Empty,
        0);

    /// <summary>Grows by one with every change; handy for cache keys and ETags. Previews are -1.</summary>
    public long Generation { get; }

    public int Count => ById.Count;

    /// <summary>Top-level items in sort order; the first is the site.</summary>
    public IReadOnlyList<PublishedContent> Roots => ChildrenOf.GetValueOrDefault(RootParent, []);

    public PublishedContent? Home => Roots.Count > 0 ? Roots[0] : null;

    /// <summary>Every item, in no particular order. A public page should use <see cref="OfType"/> or <see cref="Children"/> instead.</summary>
    public IEnumerable<PublishedContent> All => ById.Values;

    public IEnumerable<PublishedMedia> AllMedia => MediaByKey.Values;

    /// <summary>The aliases of the content types that have published items.</summary>
    public IEnumerable<string> TypeAliases => ByType.Where(t => t.Value.Length > 0).Select(t => t.Key);

    internal ImmutableDictionary<Guid, PublishedContent> ByKey { get; }

    internal ImmutableDictionary<int, PublishedContent> ById { get; }

    internal ImmutableDictionary<string, ImmutableDictionary<string, int>> Routes { get; }

    internal ImmutableDictionary<int, PublishedContent[]> ChildrenOf { get; }

    internal ImmutableDictionary<string, PublishedContent[]> ByType { get; }

    internal ImmutableDictionary<Guid, PublishedMedia> MediaByKey { get; }

    /// <summary>The whole media tree, folders too, by key; see <see cref="MediaChildren"/>.</summary>
    internal ImmutableDictionary<Guid, MediaNode> MediaNodes { get; init; } = ImmutableDictionary<Guid, MediaNode>.Empty;

    internal ImmutableDictionary<int, Guid> MediaKeysById { get; init; } = ImmutableDictionary<int, Guid>.Empty;

    internal ImmutableDictionary<int, MediaNode[]> MediaChildrenOf { get; init; } = ImmutableDictionary<int, MediaNode[]>.Empty;

    /// <summary>
    /// Something derived from this snapshot (a list's order, an index of its items), computed once on first use and kept
    /// with it. A change builds a new snapshot, so nothing kept is ever stale and nothing needs evicting; a request reads
    /// the result instead of sorting or filtering the site. Keys start with their feature (<c>events|...</c>).
    /// </summary>
    /// <param name="fromRequest">
    /// The key holds what a reader typed (a tag). Those are kept up to a bound of their own, past which they are computed
    /// and not kept: a crawler trying every tag can neither fill memory nor crowd out the site's own lists, whose keys
    /// are bounded by its pages and languages.
    /// </param>
    public T Kept<T>(string key, Func<T> compute, bool fromRequest = false)
        where T : class
    {
        var store = fromRequest ? keptForRequests : kept;
        if (store.TryGetValue(key, out var found))
        {
            return (T)found.Value;
        }

        if (fromRequest && store.Count >= KeptForRequestsLimit)
        {
            return compute();
        }

        // One computation however many requests ask at once; a failed one is forgotten so the next request tries again.
        var lazy = store.GetOrAdd(key, _ => new Lazy<object>(() => compute()));
        try
        {
            return (T)lazy.Value;
        }
        catch
        {
            store.TryRemove(new KeyValuePair<string, Lazy<object>>(key, lazy));
            throw;
        }
    }

    public PublishedContent? GetByKey(Guid key) => ByKey.GetValueOrDefault(key);

    public PublishedContent? GetById(int id) => ById.GetValueOrDefault(id);

    public PublishedMedia? GetMedia(Guid key) => MediaByKey.GetValueOrDefault(key);

    public MediaNode? GetMediaNode(Guid key) => MediaNodes.GetValueOrDefault(key);

    /// <summary>A media folder's items in sort order; the media root's when <paramref name="folder"/> is null.</summary>
    public IReadOnlyList<MediaNode> MediaChildren(MediaNode? folder) => MediaChildrenOf.GetValueOrDefault(folder?.Id ?? RootParent, []);

    /// <summary>A media item's folder, null at the media root.</summary>
    public MediaNode? MediaParent(MediaNode item) =>
        item.ParentId is { } parentId && MediaKeysById.TryGetValue(parentId, out var key) ? GetMediaNode(key) : null;

    /// <summary>Finds the item at a route (path below the culture prefix); the trailing slash is optional.</summary>
    public PublishedContent? GetByRoute(string culture, string route)
    {
        if (!Routes.TryGetValue(culture, out var table))
        {
            return null;
        }

        var normalized = route.EndsWith('/') ? route : route + "/";
        return table.TryGetValue(normalized.StartsWith('/') ? normalized : "/" + normalized, out var id) ? GetById(id) : null;
    }

    /// <summary>Every item of a content type, ordered by id: an index, not a scan.</summary>
    public IReadOnlyList<PublishedContent> OfType(string contentTypeAlias) => ByType.GetValueOrDefault(contentTypeAlias, []);

    /// <summary>The item's published children in sort order.</summary>
    public IReadOnlyList<PublishedContent> Children(PublishedContent item) => ChildrenOf.GetValueOrDefault(item.Id, []);

    public PublishedContent? Parent(PublishedContent item) => item.ParentId is { } id ? GetById(id) : null;

    /// <summary>Parent first, site root last.</summary>
    public IEnumerable<PublishedContent> Ancestors(PublishedContent item)
    {
        for (var p = Parent(item); p is not null; p = Parent(p))
        {
            yield return p;
        }
    }

    public PublishedContent? Picked(PublishedContent item, string alias, string culture) => PickedMany(item, alias, culture).FirstOrDefault();

    /// <summary>Picked items that are published in this snapshot; an item unpublished since it was picked drops out.</summary>
    public IReadOnlyList<PublishedContent> PickedMany(PublishedContent item, string alias, string culture) =>
        item.Value(alias, culture) is PickedContent picked
            ? picked.Keys.Select(GetByKey).OfType<PublishedContent>().ToList()
            : [];

    public IReadOnlyList<PublishedMedia> Media(PublishedContent item, string alias, string culture) =>
        item.Value(alias, culture) is MediaPick[] picks
            ? picks.Select(p => GetMedia(p.MediaKey) is { } m ? m with { FocalPoint = p.FocalPoint ?? m.FocalPoint } : null).OfType<PublishedMedia>().ToList()
            : [];
}
