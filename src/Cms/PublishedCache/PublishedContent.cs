using Participation.Cms.ContentTypes;
using Participation.Cms.PropertyEditors;

namespace Participation.Cms.PublishedCache;

/// <summary>
/// A published item, immutable once its snapshot is built. Values are converted when the snapshot is built,
/// so templates only read memory; picked items are resolved in the same snapshot when read.
/// </summary>
public sealed class PublishedContent
{
    private readonly IReadOnlyDictionary<string, object?> invariantValues;
    private IReadOnlyList<PublishedContent> children = [];

    internal PublishedContent(SnapshotNode source, ContentType type, IReadOnlyDictionary<string, PublishedCulture> cultures, IReadOnlyDictionary<string, object?> invariantValues)
    {
        Id = source.Id;
        Key = source.Key;
        ParentId = source.ParentId;
        Level = source.Level;
        SortOrder = source.SortOrder;
        CreateDate = source.CreateDate;
        UpdateDate = source.UpdateDate;
        ContentType = type;
        Cultures = cultures;
        this.invariantValues = invariantValues;
    }

    public int Id { get; }

    public Guid Key { get; }

    public int? ParentId { get; }

    public int Level { get; }

    public int SortOrder { get; }

    public DateTime CreateDate { get; }

    public DateTime UpdateDate { get; }

    public ContentType ContentType { get; }

    public string ContentTypeAlias => ContentType.Alias;

    public IReadOnlyDictionary<string, PublishedCulture> Cultures { get; }

    public PublishedSnapshot Snapshot { get; internal set; } = null!;

    public PublishedContent? Parent => ParentId is { } id ? Snapshot.GetById(id) : null;

    /// <summary>Children in sort order, trashed and unpublished ones excluded.</summary>
    public IReadOnlyList<PublishedContent> Children => children;

    public IEnumerable<PublishedContent> Ancestors()
    {
        for (var p = Parent; p is not null; p = p.Parent)
        {
            yield return p;
        }
    }

    public bool IsRoutable(string culture) => Cultures.GetValueOrDefault(culture)?.Url is not null;

    public string Name(string culture) => Cultures.GetValueOrDefault(culture)?.Name ?? Cultures.Values.First().Name;

    public string? Url(string culture) => Cultures.GetValueOrDefault(culture)?.Url;

    /// <summary>The converted value: a culture's value for culture-variant properties, the shared one otherwise.</summary>
    public object? Value(string alias, string culture) =>
        invariantValues.TryGetValue(alias, out var shared) ? shared : Cultures.GetValueOrDefault(culture)?.Values.GetValueOrDefault(alias);

    public T? Value<T>(string alias, string culture) => Value(alias, culture) is T typed ? typed : default;

    public bool HasValue(string alias, string culture) => Value(alias, culture) switch
    {
        null => false,
        string s => s.Length > 0,
        System.Collections.ICollection c => c.Count > 0,
        PickedContent p => p.Keys.Count > 0,
        _ => true,
    };

    public PublishedContent? Picked(string alias, string culture) => PickedMany(alias, culture).FirstOrDefault();

    public IReadOnlyList<PublishedContent> PickedMany(string alias, string culture) =>
        Value(alias, culture) is PickedContent picked
            ? picked.Keys.Select(Snapshot.GetByKey).OfType<PublishedContent>().ToList()
            : [];

    public IReadOnlyList<PublishedMedia> Media(string alias, string culture) =>
        Value(alias, culture) is MediaPick[] picks
            ? picks.Select(p => Snapshot.GetMedia(p.MediaKey) is { } m ? m with { FocalPoint = p.FocalPoint ?? m.FocalPoint } : null).OfType<PublishedMedia>().ToList()
            : [];

    internal void SetChildren(IReadOnlyList<PublishedContent> value) => children = value;
}
