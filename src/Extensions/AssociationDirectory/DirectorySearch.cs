using Participation.Cms.PublishedCache;
using Participation.Cms.Search;

namespace Participation.Extensions.AssociationDirectory;

/// <summary>
/// One page of a directory from the content index, with facet counts; the page and the JSON endpoint share it. Work
/// per request is one index search (two when a stale page number is past the end), whatever the number of associations.
/// </summary>
public sealed class DirectorySearch(ContentSearch search)
{
    /// <summary>Associations are Finnish content (invariant, published in Finnish): every language's directory searches them.</summary>
    public const string Culture = "fi";

    public DirectoryResult Find(PublishedSnapshot snapshot, PublishedContent directory, DirectoryQuery query)
    {
        var result = search.Search(query.ToContentQuery(directory.Key, Culture, query.Page));
        var pageCount = Math.Max(1, (result.Total + DirectoryQuery.PageSize - 1) / DirectoryQuery.PageSize);
        var page = Math.Min(query.Page, pageCount);
        if (page != query.Page)
        {
            result = search.Search(query.ToContentQuery(directory.Key, Culture, page));
        }

        var items = result.Hits.Select(h => snapshot.GetByKey(h.Key)).OfType<PublishedContent>().ToList();
        return new DirectoryResult(items, result.Facets, result.Total, page, pageCount, result.DidYouMean);
    }
}

public sealed record DirectoryResult(
    IReadOnlyList<PublishedContent> Associations,
    IReadOnlyDictionary<string, IReadOnlyList<FacetCount>> Facets,
    int Total,
    int PageNumber,
    int PageCount,
    string? DidYouMean);
