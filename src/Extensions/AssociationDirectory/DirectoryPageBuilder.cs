using Participation.Cms.PublishedCache;
using Participation.Cms.Routing;

namespace Participation.Extensions.AssociationDirectory;

internal sealed class DirectoryPageBuilder : IPageModelBuilder
{
    public const int PageSize = 12;

    public string ContentType => "directory";

    public Task<ContentPage> BuildAsync(PageContext context, CancellationToken cancellationToken)
    {
        var (content, culture, snapshot, http) = context;
        var all = snapshot.Children(content).Where(c => c.ContentTypeAlias == "association").ToList();
        var municipalities = all.Select(a => a.Value<string>("municipality", culture)).OfType<string>()
            .GroupBy(m => m).Select(g => (g.Key, g.Count())).OrderBy(m => m.Key, StringComparer.Create(new System.Globalization.CultureInfo("fi-FI"), false)).ToList();

        // An unknown municipality filters to nothing rather than failing: the page says so and offers the full list.
        var municipality = http.Request.Query["kunta"].ToString() is { Length: > 0 } m ? m : null;
        var filtered = all.Where(a => municipality is null || a.Value<string>("municipality", culture) == municipality)
            .OrderBy(a => a.Name(culture), StringComparer.Create(new System.Globalization.CultureInfo("fi-FI"), true))
            .ToList();
        var slice = PageSlice<PublishedContent>.From(filtered, PageSize, http.Request);
        return Task.FromResult<ContentPage>(new DirectoryPage(context)
        {
            Associations = slice.Items,
            Municipalities = municipalities,
            Municipality = municipality,
            PageNumber = slice.PageNumber,
            PageCount = slice.PageCount,
            Total = slice.Total,
        });
    }
}
