namespace Participation.Cms.Search;

public sealed record ContentSearchResult(
    int Total,
    IReadOnlyList<ContentHit> Hits,
    IReadOnlyDictionary<string, IReadOnlyList<FacetCount>> Facets,
    string? DidYouMean)
{
    public static ContentSearchResult Empty { get; } = new(0, [], new Dictionary<string, IReadOnlyList<FacetCount>>(), null);
}

/// <summary>
/// One hit. <see cref="NameHtml"/> and <see cref="SnippetHtml"/> are HTML: every character of the content is encoded and
/// only the &lt;mark&gt; around matched words is markup, so a view writes them raw.
/// </summary>
public sealed record ContentHit(Guid Key, string Culture, string ContentType, string Name, string? Url, float Score, string NameHtml, string? SnippetHtml);
