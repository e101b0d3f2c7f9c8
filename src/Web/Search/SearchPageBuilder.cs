using System.Globalization;
using Participation.Cms.Routing;
using Participation.Cms.Search;
using Participation.Cms.PageCache;

namespace Participation.Web.Search;

/// <summary>
/// The site search at <c>/haku</c> on the content index: one box, result kinds with counts, highlighted snippets and
/// "did you mean". Work per request is one index search of one page, whatever the size of the site.
/// </summary>
internal sealed class SearchPageBuilder(ContentSearch search) : IPageModelBuilder
{
    private const int PageSize = 10;
    private const int MaxQueryLength = 200;

    public string ContentType => "search";

    public Task<ContentPage> BuildAsync(PageContext context, CancellationToken cancellationToken)
    {
        var (_, culture, _, http) = context;
        PageCache.DoNotStore(http); // answered by the search index, whose updates follow the snapshot's a moment later
        var typed = http.Request.Query["q"].ToString().Trim();
        var query = typed.Length > MaxQueryLength ? typed[..MaxQueryLength] : typed;
        var type = http.Request.Query["tyyppi"].ToString() is var t && (t == SearchTypes.Pages || SearchTypes.Groups.Any(g => g.Key == t)) ? t : null;
        var page = int.TryParse(http.Request.Query["sivu"], NumberStyles.None, CultureInfo.InvariantCulture, out var p) && p is > 0 and < 100_000 ? p : 1;
        if (query.Length == 0)
        {
            return Task.FromResult<ContentPage>(new SearchPage(context) { Type = type });
        }

        // With no kind chosen, only the hidden types are left out: as an exclusion, so the kinds are counted in the same
        // pass as the page of hits (a filter would have them counted again without it).
        var result = search.Search(new ContentQuery(query, culture)
        {
            Filters = type is null ? new Dictionary<string, IReadOnlyList<string>>() : new Dictionary<string, IReadOnlyList<string>> { [ContentFields.Type] = ContentTypesFor(type, context) },
            Excluded = new Dictionary<string, IReadOnlyList<string>> { [ContentFields.Type] = [.. SearchTypes.Hidden] },
            Facets = [ContentFields.Type],
            Skip = (page - 1) * PageSize,
            Take = PageSize,
        });
        var types = result.Facets.GetValueOrDefault(ContentFields.Type, [])
            .Where(f => !SearchTypes.Hidden.Contains(f.Value))
            .GroupBy(f => SearchTypes.KeyOf(f.Value))
            .Select(g => (g.Key, Count: g.Sum(f => f.Count)))
            .OrderBy(g => SearchTypes.Groups.ToList().FindIndex(x => x.Key == g.Key) is var i and >= 0 ? i : int.MaxValue)
            .ToList();
        return Task.FromResult<ContentPage>(new SearchPage(context)
        {
            Query = query,
            Type = type,
            Result = result,
            Types = types,
            PageNumber = page,
            PageCount = Math.Max(1, (result.Total + PageSize - 1) / PageSize),
        });
    }

    /// <summary>The content types a kind stands for; "pages" is every published type that no other kind claims.</summary>
    private static IReadOnlyList<string> ContentTypesFor(string type, PageContext context)
    {
        var known = SearchTypes.Groups.SelectMany(g => g.ContentTypes).Concat(SearchTypes.Hidden).ToHashSet(StringComparer.Ordinal);
        return type switch
        {
            SearchTypes.Pages => context.Snapshot.TypeAliases.Where(a => !known.Contains(a)).ToList(),
            _ => SearchTypes.Groups.First(g => g.Key == type).ContentTypes,
        };
    }
}
