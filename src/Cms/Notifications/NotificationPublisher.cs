using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Participation.Cms.Notifications;

/// <summary>
/// Dispatches a committed batch to the handlers of each notification type and of its base types.
/// A failing handler is logged and does not stop the others: the change itself is already committed.
/// </summary>
public sealed class NotificationPublisher(IServiceProvider services, ILogger<NotificationPublisher> logger)
{
    public async Task PublishAsync(IReadOnlyList<INotification> notifications, CancellationToken cancellationToken)
    {
        if (notifications.Count == 0)
        {
            return;
        }

        var types = notifications.SelectMany(n => TypeAndBases(n.GetType())).Distinct();
        foreach (var type in types)
        {
            var matching = notifications.Where(type.IsInstanceOfType).ToList();
            var dispatch = typeof(NotificationPublisher).GetMethod(nameof(DispatchAsync), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Instance)!
                .MakeGenericMethod(type);
            await (Task)dispatch.Invoke(this, [matching, cancellationToken])!;
        }
    }

    private async Task DispatchAsync<T>(List<INotification> matching, CancellationToken cancellationToken)
        where T : INotification
    {
        var batch = matching.Cast<T>().ToList();
        foreach (var handler in services.GetServices<INotificationHandler<T>>())
        {
            try
            {
                await handler.HandleAsync(batch, cancellationToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError(ex, "Notification handler {Handler} failed for {Count} {Type}", handler.GetType().Name, batch.Count, typeof(T).Name);
            }
        }
    }

    private static IEnumerable<Type> TypeAndBases(Type type)
    {
        for (var t = type; t is not null && t != typeof(object); t = t.BaseType)
        {
            yield return t;
        }
    }
}
