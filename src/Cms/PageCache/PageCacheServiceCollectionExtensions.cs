using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Participation.Cms.Hosting;
using Participation.Cms.Notifications;

namespace Participation.Cms.PageCache;

public static class PageCacheServiceCollectionExtensions
{
    internal static IServiceCollection AddPageCache(this IServiceCollection services)
    {
        services.AddOptions<PageCacheOptions>().BindConfiguration("Cms:PageCache").ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<PageCacheStore>();
        services.AddSingleton<KeptFragments>();
        services.AddNotificationHandler<EvictPagesOnContentChange>(HandlerStage.OutputCache);
        return services;
    }

    /// <summary>After routing (it asks the endpoint whether its pages may be kept) and before the endpoints run.</summary>
    public static WebApplication UsePageCache(this WebApplication app)
    {
        app.UseMiddleware<PageCacheMiddleware>();
        return app;
    }
}
