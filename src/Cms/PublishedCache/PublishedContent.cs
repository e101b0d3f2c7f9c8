using Participation.Cms.ContentTypes;

namespace Participation.Cms.PublishedCache;

/// <summary>
/// A published item: immutable, and shared by every snapshot until the item itself (or its route) changes, so a publish
/// replaces only the changed items. Values are converted once, when the item enters a snapshot; navigation (children,
/// parent, picked items) goes through the snapshot a reader holds, never through the item.
/// </summary>
public sealed class PublishedContent
{
    private readonly IReadOnlyDictionary<string, object?> invariantValues;

    internal PublishedContent(SnapshotNode source, ContentType type, IReadOnlyDictionary<string, PublishedCulture> cultures, IReadOnlyDictionary<string, object?> invariantValues)
    {
        Source = source;
        ContentType = type;
        Cultures = cultures;
        this.invariantValues = invariantValues;
    }

    public int Id => Source.Id;

    public Guid Key => Source.Key;

    public int? ParentId => Source.ParentId;

    public int Level => Source.Level;

    public int SortOrder => Source.SortOrder;

    public DateTime CreateDate => Source.CreateDate;

    public DateTime UpdateDate => Source.UpdateDate;

    public ContentType ContentType { get; }

    public string ContentTypeAlias => ContentType.Alias;

    public IReadOnlyDictionary<string, PublishedCulture> Cultures { get; }

    internal SnapshotNode Source { get; }

    public bool IsRoutable(string culture) => Cultures.GetValueOrDefault(culture)?.Url is not null;

    public string Name(string culture) => Cultures.GetValueOrDefault(culture)?.Name ?? Cultures.Values.First().Name;

    public string? Url(string culture) => Cultures.GetValueOrDefault(culture)?.Url;

    /// <summary>The converted value: a culture's value for culture-variant properties, the shared one otherwise.</summary>
    public object? Value(string alias, string culture) =>
        invariantValues.TryGetValue(alias, out var shared) ? shared : Cultures.GetValueOrDefault(culture)?.Values.GetValueOrDefault(alias);

    public T? Value<T>(string alias, string culture) => Value(alias, culture) is T typed ? typed : default;

    public bool HasValue(string alias, string culture) => IsSet(Value(alias, culture));

    /// <summary>Whether a converted value holds anything: empty texts, lists and picks count as no value.</summary>
    public static bool IsSet(object? value) => value switch
    {
        null => false,
        string s => s.Length > 0,
        System.Collections.ICollection c => c.Count > 0,
        PropertyEditors.PickedContent p => p.Keys.Count > 0,
        _ => true,
    };

    internal bool SameRoutes(PublishedContent other) =>
        Cultures.Count == other.Cultures.Count
        && Cultures.All(c => other.Cultures.TryGetValue(c.Key, out var o) && o.Route == c.Value.Route);

    internal PublishedContent WithCultures(IReadOnlyDictionary<string, PublishedCulture> cultures) => new(Source, ContentType, cultures, invariantValues);
}
