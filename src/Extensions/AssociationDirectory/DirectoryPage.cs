using Participation.Cms.PublishedCache;
using Participation.Cms.Routing;
using Participation.Cms.Search;

namespace Participation.Extensions.AssociationDirectory;

/// <summary>The association directory: free text and facets with counts (municipality, area, theme, target group), paged.</summary>
public sealed class DirectoryPage(PageContext context) : ContentPage(context)
{
    /// <summary>The results follow the query; the head, menus and breadcrumbs do not.</summary>
    public override string? LayoutKey => ItemKey;

    public required DirectoryQuery Query { get; init; }

    public required DirectoryResult Result { get; init; }

    public IReadOnlyList<PublishedContent> Associations => Result.Associations;

    public int PageNumber => Result.PageNumber;

    public int PageCount => Result.PageCount;

    public int Total => Result.Total;

    /// <summary>A facet's values with their counts, alphabetically; a chosen value with no matches still shows (with 0).</summary>
    public IReadOnlyList<FacetCount> Values(string field)
    {
        var counted = Result.Facets.GetValueOrDefault(field, []);
        var chosen = Query.Chosen(field).Where(v => counted.All(c => c.Value != v)).Select(v => new FacetCount(v, 0));
        return counted.Concat(chosen).OrderBy(v => v.Value, StringComparer.Create(new System.Globalization.CultureInfo("fi-FI"), true)).ToList();
    }

    public string PageUrl(int page) => Url + Query.ToQueryString(page: page);
}
