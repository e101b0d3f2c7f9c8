using Participation.Cms.PublishedCache;
using Participation.Cms.Routing;

namespace Participation.Web.Listings;

internal sealed class ListingPageBuilder(string contentType, string childType, TimeProvider clock) : IPageModelBuilder
{
    private const int PageSize = 10;

    public string ContentType => contentType;

    public Task<ContentPage> BuildAsync(PageContext context, CancellationToken cancellationToken)
    {
        var (content, culture, snapshot, http) = context;
        var tag = http.Request.Query["tag"].ToString() is { Length: > 0 } t ? t : null;
        var items = Articles.Newest(snapshot.Children(content).Where(c => c.ContentTypeAlias == childType && c.IsRoutable(culture)), clock.GetUtcNow())
            .Where(i => tag is null || (i.Value<string[]>("tags", culture) ?? []).Contains(tag, StringComparer.OrdinalIgnoreCase))
            .ToList();
        var slice = PageSlice<PublishedContent>.From(items, PageSize, http.Request);
        return Task.FromResult<ContentPage>(new ListingPage(context)
        {
            Items = slice.Items,
            Tag = tag,
            PageNumber = slice.PageNumber,
            PageCount = slice.PageCount,
        });
    }
}
