using Participation.Cms.Notifications;

namespace Participation.Cms.PublishedCache;

/// <summary>Keeps the published snapshot current after each committed batch of changes.</summary>
internal sealed class RefreshSnapshotOnContentChange(PublishedSnapshotService snapshots)
    : INotificationHandler<ContentNotification>, INotificationHandler<ContentTypeSaved>
{
    public Task HandleAsync(IReadOnlyList<ContentNotification> notifications, CancellationToken cancellationToken)
    {
        // A save only changes the draft, which the public site never shows.
        var keys = notifications.Where(n => n is not ContentSaved).Select(n => n.Key).Distinct().ToList();
        return keys.Count == 0 ? Task.CompletedTask : snapshots.RefreshAsync(keys, cancellationToken);
    }

    public Task HandleAsync(IReadOnlyList<ContentTypeSaved> notifications, CancellationToken cancellationToken) =>
        snapshots.RebuildAsync(cancellationToken);
}
