using Microsoft.Extensions.DependencyInjection;

namespace Participation.Cms.Notifications;

/// <summary>One handler for one notification type, with its stage and scope; registered by <c>AddNotificationHandler</c>.</summary>
public sealed class HandlerRegistration
{
    private readonly Func<IServiceProvider, IReadOnlyList<INotification>, CancellationToken, Task> invoke;

    private HandlerRegistration(Type handlerType, Type notificationType, HandlerStage stage, HandlerScope scope, Func<IServiceProvider, IReadOnlyList<INotification>, CancellationToken, Task> invoke)
    {
        HandlerType = handlerType;
        NotificationType = notificationType;
        Stage = stage;
        Scope = scope;
        this.invoke = invoke;
        Name = $"{handlerType.Name}<{notificationType.Name}>";
    }

    /// <summary>Stable across nodes and restarts: the outbox stores it.</summary>
    public string Name { get; }

    public Type HandlerType { get; }

    public Type NotificationType { get; }

    public HandlerStage Stage { get; }

    public HandlerScope Scope { get; }

    public bool Handles(INotification notification) => NotificationType.IsInstanceOfType(notification);

    /// <summary>Hands the handler every notification of its type in the batch, in commit order.</summary>
    public Task InvokeAsync(IServiceProvider services, IEnumerable<INotification> batch, CancellationToken cancellationToken)
    {
        var mine = batch.Where(Handles).ToList();
        return mine.Count == 0 ? Task.CompletedTask : invoke(services, mine, cancellationToken);
    }

    public static HandlerRegistration Create<THandler, TNotification>(HandlerStage stage, HandlerScope scope)
        where THandler : class, INotificationHandler<TNotification>
        where TNotification : INotification =>
        new(typeof(THandler), typeof(TNotification), stage, scope, (services, batch, cancellationToken) =>
            services.GetRequiredService<THandler>().HandleAsync(batch.Cast<TNotification>().ToList(), cancellationToken));
}
