using Participation.Cms.Site;
using Participation.Cms.Routing;

namespace Participation.Web.Listings;

internal static class ListingsServiceCollectionExtensions
{
    /// <summary>Models of the site's own list pages: home, news, blog and search.</summary>
    public static WebApplicationBuilder AddSitePages(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<IPageModelBuilder, HomePageBuilder>();
        builder.Services.AddSingleton<IPageModelBuilder>(sp => new ListingPageBuilder("newsList", "newsArticle", sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<SiteOptions>()));
        builder.Services.AddSingleton<IPageModelBuilder>(sp => new ListingPageBuilder("blog", "blogPost", sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<SiteOptions>()));
        builder.Services.AddSingleton<IPageModelBuilder, Search.SearchPageBuilder>();
        return builder;
    }
}
