using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Participation.Cms.Hosting;
using Participation.Cms.Notifications;
using Participation.Extensions.Feeds.Calendar;
using Participation.Extensions.Feeds.Sitemap;
using Participation.Extensions.Feeds.Syndication;

namespace Participation.Extensions.Feeds;

public static class FeedsServiceCollectionExtensions
{
    /// <summary>
    /// RSS and Atom of news and the blog (also per tag), iCalendar of upcoming events (all, per project, per
    /// municipality, one event), the sitemap and robots.txt: all read from the published snapshot, rendered once per
    /// change and served from memory. Needs <c>AddSharing()</c> (titles, descriptions and absolute addresses).
    /// </summary>
    public static WebApplicationBuilder AddFeeds(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<FeedsOptions>().BindConfiguration("Feeds").ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<FeedCache>();
        services.AddSingleton<ArticleFeeds>();
        services.AddSingleton<EventCalendar>();
        services.AddSingleton<EventFeeds>();
        services.AddSingleton<SitemapPages>();
        services.AddSingleton(sp => new FeedLinks(sp.GetRequiredService<ArticleFeeds>(), sp.GetRequiredService<EventFeeds>()));
        services.AddNotificationHandler<ClearFeedCacheOnContentChange>(HandlerStage.OutputCache);
        return builder;
    }

    /// <summary>Before the CMS's catch-all page route.</summary>
    public static WebApplication MapFeeds(this WebApplication app)
    {
        app.MapArticleFeeds();
        app.MapEventFeeds();
        app.MapSitemap();
        return app;
    }
}
