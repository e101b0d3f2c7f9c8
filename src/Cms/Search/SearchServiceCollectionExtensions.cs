using Microsoft.Extensions.DependencyInjection;
using Participation.Cms.Hosting;
using Participation.Cms.Notifications;

namespace Participation.Cms.Search;

internal static class SearchServiceCollectionExtensions
{
    /// <summary>The content index (kept by the change pipeline at the index stage) and the searcher API over it.</summary>
    public static IServiceCollection AddSearch(this IServiceCollection services)
    {
        services.AddOptions<SearchOptions>().BindConfiguration("Cms:Search");
        services.AddSingleton<ContentSearchDocuments>();
        services.AddSingleton<ContentIndex>();
        services.AddSingleton<ContentSearch>();
        services.AddSingleton<SearchRebuilds>();
        services.AddNotificationHandler<IndexContentOnChange>(HandlerStage.Indexes);
        services.AddSingleton<IStartFromSnapshot>(sp => sp.GetRequiredService<IndexContentOnChange>());
        return services;
    }
}
