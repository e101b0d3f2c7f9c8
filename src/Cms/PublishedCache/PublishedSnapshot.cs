using System.Collections.Frozen;

namespace Participation.Cms.PublishedCache;

/// <summary>
/// Every published item, indexed by key, id and route. Immutable: readers take the current reference
/// and never lock; a change builds a new snapshot and swaps the reference.
/// </summary>
public sealed class PublishedSnapshot
{
    private readonly FrozenDictionary<Guid, PublishedContent> byKey;
    private readonly FrozenDictionary<int, PublishedContent> byId;
    private readonly FrozenDictionary<string, FrozenDictionary<string, PublishedContent>> routes;
    private readonly FrozenDictionary<Guid, PublishedMedia> media;

    internal PublishedSnapshot(
        IReadOnlyList<PublishedContent> content,
        IReadOnlyList<PublishedContent> roots,
        IReadOnlyDictionary<Guid, PublishedMedia> media,
        IReadOnlyDictionary<string, Dictionary<string, PublishedContent>> routes,
        long generation)
    {
        byKey = content.ToFrozenDictionary(c => c.Key);
        byId = content.ToFrozenDictionary(c => c.Id);
        this.media = media.ToFrozenDictionary();
        this.routes = routes.ToFrozenDictionary(r => r.Key, r => r.Value.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase));
        Roots = roots;
        Generation = generation;
        All = content;
    }

    public static PublishedSnapshot Empty { get; } = new([], [], new Dictionary<Guid, PublishedMedia>(), new Dictionary<string, Dictionary<string, PublishedContent>>(), 0);

    /// <summary>Grows by one with every rebuild; handy for cache keys and ETags.</summary>
    public long Generation { get; }

    public IReadOnlyList<PublishedContent> Roots { get; }

    public IReadOnlyList<PublishedContent> All { get; }

    public PublishedContent? Home => Roots.Count > 0 ? Roots[0] : null;

    public PublishedContent? GetByKey(Guid key) => byKey.GetValueOrDefault(key);

    public PublishedContent? GetById(int id) => byId.GetValueOrDefault(id);

    public PublishedMedia? GetMedia(Guid key) => media.GetValueOrDefault(key);

    public IEnumerable<PublishedMedia> AllMedia => media.Values;

    /// <summary>Finds the item at a route (path below the culture prefix); the trailing slash is optional.</summary>
    public PublishedContent? GetByRoute(string culture, string route)
    {
        if (!routes.TryGetValue(culture, out var table))
        {
            return null;
        }

        var normalized = route.EndsWith('/') ? route : route + "/";
        return table.GetValueOrDefault(normalized.StartsWith('/') ? normalized : "/" + normalized);
    }

    public IEnumerable<PublishedContent> OfType(string contentTypeAlias) =>
        All.Where(c => c.ContentTypeAlias == contentTypeAlias);
}
