namespace Participation.Cms.Search;

/// <summary>
/// A search over published content in one culture: free text (empty lists everything the filters allow), exact-value
/// filters (values of one field are alternatives, fields combine), the facet fields to count, the order and one page.
/// </summary>
public sealed record ContentQuery(string Text, string Culture)
{
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Filters { get; init; } = new Dictionary<string, IReadOnlyList<string>>();

    /// <summary>
    /// Values no match may have. Cheaper than a filter naming every other value: a filtered facet field is counted in a
    /// second pass without its filter, an excluded one in the same pass.
    /// </summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Excluded { get; init; } = new Dictionary<string, IReadOnlyList<string>>();

    public IReadOnlyList<string> Facets { get; init; } = [];

    public ContentSort Sort { get; init; } = ContentSort.Relevance;

    public int Skip { get; init; }

    public int Take { get; init; } = 10;

    /// <summary>Snippets with the matched words in &lt;mark&gt; (HTML-encoded); off for callers that only want keys.</summary>
    public bool Highlight { get; init; } = true;
}

public enum ContentSort
{
    Relevance,
    Name,
    Newest,
}
