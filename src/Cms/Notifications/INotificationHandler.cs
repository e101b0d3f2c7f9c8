namespace Participation.Cms.Notifications;

/// <summary>
/// Handles committed notifications. A unit of work hands over all notifications of one type at once,
/// so a handler can batch (one snapshot rebuild, one index commit) instead of working per item.
/// Handlers registered for a base type (e.g. <see cref="ContentNotification"/>) receive every subtype.
/// </summary>
public interface INotificationHandler<in TNotification>
    where TNotification : INotification
{
    Task HandleAsync(IReadOnlyList<TNotification> notifications, CancellationToken cancellationToken);
}
