using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Participation.Cms.DeliveryApi.Caching;
using Participation.Cms.DeliveryApi.Querying;
using Participation.Cms.DeliveryApi.Reference;
using Participation.Cms.DeliveryApi.Rendering;
using Participation.Cms.Hosting;
using Participation.Cms.Notifications;

namespace Participation.Cms.DeliveryApi;

public static class DeliveryApiServiceCollectionExtensions
{
    /// <summary>Umbraco's Content Delivery API v2 (and its Media API) over the published snapshot, output-cached.</summary>
    public static WebApplicationBuilder AddDeliveryApi(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<DeliveryApiOptions>().BindConfiguration("DeliveryApi").ValidateDataAnnotations().ValidateOnStart();
        services.AddOutputCache();
        services.AddApiReference();
        services.AddSingleton<ApiRouting>();
        services.AddSingleton<DeliveryRequestReader>();
        services.AddSingleton<QueryRunner>();
        services.AddSingleton<ContentRenderer>();
        services.AddSingleton<MediaRenderer>();
        services.AddNotificationHandler<EvictDeliveryCacheOnContentChange>(HandlerStage.OutputCache);
        return builder;
    }

    public static WebApplication MapDeliveryApi(this WebApplication app)
    {
        app.UseOutputCache();
        app.UseWhen(http => http.Request.Path.StartsWithSegments("/umbraco/delivery/api"), api => api.UseMiddleware<DeliveryEtag>());
        var api = app.MapGroup("/umbraco/delivery/api/v2");
        api.MapContentEndpoints();
        api.MapMediaApiEndpoints();
        app.MapApiReference();
        return app;
    }
}
