using Participation.Cms.PublishedCache;
using Participation.Cms.Routing;
using Participation.Cms.Site;

namespace Participation.Web.Listings;

internal sealed class ListingPageBuilder(string contentType, string childType, TimeProvider clock, SiteOptions site) : IPageModelBuilder
{
    private const int PageSize = 10;

    public string ContentType => contentType;

    public Task<ContentPage> BuildAsync(PageContext context, CancellationToken cancellationToken)
    {
        var (content, culture, snapshot, http) = context;
        var tag = http.Request.Query["tag"].ToString() is { Length: > 0 } t ? t : null;
        var items = Articles.Due(Articles.Ordered(snapshot, $"{content.Id}|{childType}|{culture}|{tag}", () =>
            snapshot.Children(content).Where(c => c.ContentTypeAlias == childType && c.IsRoutable(culture)
                && (tag is null || (c.Value<string[]>("tags", culture) ?? []).Contains(tag, StringComparer.OrdinalIgnoreCase))), fromRequest: tag is not null), clock.GetUtcNow());
        var slice = PageSlice<PublishedContent>.From(items, PageSize, http.Request);

        // A Swedish or English reader is told what exists only in the default language, with the way there.
        var fallback = site.DefaultCulture;
        var untranslated = culture == fallback || content.Url(fallback) is null ? 0
            : Articles.Ordered(snapshot, $"{content.Id}|{childType}|{culture}|only {fallback}", () =>
                snapshot.Children(content).Where(c => c.ContentTypeAlias == childType && !c.IsRoutable(culture) && c.IsRoutable(fallback))).Length;
        return Task.FromResult<ContentPage>(new ListingPage(context)
        {
            Items = slice.Items,
            Tag = tag,
            PageNumber = slice.PageNumber,
            PageCount = slice.PageCount,
            UntranslatedCount = untranslated,
            DefaultCultureUrl = untranslated > 0 ? content.Url(fallback) : null,
        });
    }
}
