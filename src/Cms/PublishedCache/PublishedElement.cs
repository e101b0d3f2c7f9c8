namespace Participation.Cms.PublishedCache;

/// <summary>An element inside a block list: a content type's values with no place in the tree.</summary>
public sealed class PublishedElement(Guid key, string contentTypeAlias, IReadOnlyDictionary<string, object?> values)
{
    public Guid Key { get; } = key;

    public string ContentTypeAlias { get; } = contentTypeAlias;

    public T? Value<T>(string alias) => values.GetValueOrDefault(alias) is T typed ? typed : default;
}
