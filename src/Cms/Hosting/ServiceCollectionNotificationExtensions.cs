using System.Reflection;
using Microsoft.Extensions.DependencyInjection;
using Participation.Cms.Notifications;

namespace Participation.Cms.Hosting;

public static class ServiceCollectionNotificationExtensions
{
    /// <summary>
    /// Registers a handler that runs on every node for each <see cref="INotificationHandler{T}"/> it implements, at its stage:
    /// the published snapshot first, then indexes, then output-cache eviction, then everything else.
    /// </summary>
    public static IServiceCollection AddNotificationHandler<THandler>(this IServiceCollection services, HandlerStage stage = HandlerStage.Default)
        where THandler : class =>
        services.AddHandler<THandler>(stage, HandlerScope.EveryNode);

    /// <summary>Registers a handler that runs once for the whole cluster (mail, webhooks), through the outbox, with retries.</summary>
    public static IServiceCollection AddClusterNotificationHandler<THandler>(this IServiceCollection services)
        where THandler : class =>
        services.AddHandler<THandler>(HandlerStage.Default, HandlerScope.Cluster);

    private static IServiceCollection AddHandler<THandler>(this IServiceCollection services, HandlerStage stage, HandlerScope scope)
        where THandler : class
    {
        services.AddSingleton<THandler>();
        var create = typeof(HandlerRegistration).GetMethod(nameof(HandlerRegistration.Create), BindingFlags.Public | BindingFlags.Static)!;
        foreach (var contract in typeof(THandler).GetInterfaces().Where(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(INotificationHandler<>)))
        {
            var registration = (HandlerRegistration)create.MakeGenericMethod(typeof(THandler), contract.GetGenericArguments()[0]).Invoke(null, [stage, scope])!;
            services.AddSingleton(registration);
        }

        return services;
    }
}
