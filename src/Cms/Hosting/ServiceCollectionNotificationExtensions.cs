using Microsoft.Extensions.DependencyInjection;
using Participation.Cms.Notifications;

namespace Participation.Cms.Hosting;

public static class ServiceCollectionNotificationExtensions
{
    /// <summary>Registers one handler instance for every <see cref="INotificationHandler{T}"/> it implements.</summary>
    public static IServiceCollection AddNotificationHandler<THandler>(this IServiceCollection services)
        where THandler : class
    {
        services.AddSingleton<THandler>();
        foreach (var contract in typeof(THandler).GetInterfaces().Where(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(INotificationHandler<>)))
        {
            services.AddSingleton(contract, sp => sp.GetRequiredService<THandler>());
        }

        return services;
    }
}
