using Participation.Cms.PublishedCache;
using Participation.Cms.Routing;

namespace Participation.Web.Listings;

internal sealed class ListingPageBuilder(string contentType, string childType, TimeProvider clock) : IPageModelBuilder
{
    private const int PageSize = 10;

    public string ContentType => contentType;

    public ContentPage Build(PublishedContent content, string culture, HttpContext http)
    {
        var tag = http.Request.Query["tag"].ToString() is { Length: > 0 } t ? t : null;
        var items = Articles.Newest(content.Children.Where(c => c.ContentTypeAlias == childType && c.IsRoutable(culture)), clock.GetUtcNow())
            .Where(i => tag is null || (i.Value<string[]>("tags", culture) ?? []).Contains(tag, StringComparer.OrdinalIgnoreCase))
            .ToList();
        var pageCount = Math.Max(1, (items.Count + PageSize - 1) / PageSize);
        var page = int.TryParse(http.Request.Query["sivu"], out var p) ? Math.Clamp(p, 1, pageCount) : 1;
        return new ListingPage(content, culture)
        {
            Items = items.Skip((page - 1) * PageSize).Take(PageSize).ToList(),
            Tag = tag,
            PageNumber = page,
            PageCount = pageCount,
        };
    }
}
