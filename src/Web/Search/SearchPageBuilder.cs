using System.Globalization;
using Participation.Cms.PublishedCache;
using Participation.Cms.Routing;

namespace Participation.Web.Search;

/// <summary>
/// A plain word search over the published snapshot (names and summaries), so the search page works from day one.
/// The Lucene index with Finnish stemming replaces the matching; the page stays.
/// </summary>
internal sealed class SearchPageBuilder : IPageModelBuilder
{
    private static readonly CompareInfo Compare = CultureInfo.GetCultureInfo("fi-FI").CompareInfo;

    public string ContentType => "search";

    public Task<ContentPage> BuildAsync(PageContext context, CancellationToken cancellationToken)
    {
        var (content, culture, snapshot, http) = context;
        var query = http.Request.Query["q"].ToString().Trim();
        var words = query.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Take(10).ToArray();
        var results = words.Length == 0
            ? []
            : snapshot.All
                .Where(c => c.IsRoutable(culture) && c.Level > 1 && words.All(w => Matches(c, culture, w)))
                .OrderBy(c => words.All(w => Contains(c.Name(culture), w)) ? 0 : 1)
                .ThenBy(c => c.Name(culture), StringComparer.Create(CultureInfo.GetCultureInfo("fi-FI"), true))
                .Take(50)
                .ToList();
        return Task.FromResult<ContentPage>(new SearchPage(context) { Query = query.Length == 0 ? null : query, Results = results });
    }

    private static bool Matches(PublishedContent item, string culture, string word) =>
        Contains(item.Name(culture), word) || Contains(item.Value<string>("summary", culture), word)
        || Contains(item.Value<string>("theme", culture), word) || (item.Value<string[]>("tags", culture) ?? []).Any(t => Contains(t, word));

    private static bool Contains(string? text, string word) =>
        text is not null && Compare.IndexOf(text, word, CompareOptions.IgnoreCase | CompareOptions.IgnoreNonSpace) >= 0;
}
