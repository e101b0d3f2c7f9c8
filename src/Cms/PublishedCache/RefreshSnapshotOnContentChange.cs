using Participation.Cms.Notifications;

namespace Participation.Cms.PublishedCache;

/// <summary>Keeps the published snapshot current with each batch of committed changes, on every node.</summary>
internal sealed class RefreshSnapshotOnContentChange(PublishedSnapshotService snapshots)
    : INotificationHandler<ContentNotification>, INotificationHandler<ContentTypeSaved>, IRebuildFromDatabase
{
    public Task HandleAsync(IReadOnlyList<ContentNotification> notifications, CancellationToken cancellationToken)
    {
        // A save only changes the draft, which the public site never shows. A move (or trash, restore, delete) changes
        // where a whole subtree is; a publish changes one item, and its descendants' routes follow in memory.
        var subtrees = notifications.Where(n => n is ContentMoved or ContentDeleted).Select(n => n.Key).ToHashSet();
        var keys = notifications.Where(n => n is not (ContentSaved or ContentMoved or ContentDeleted)).Select(n => n.Key)
            .Where(k => !subtrees.Contains(k)).ToHashSet();
        return keys.Count + subtrees.Count == 0 ? Task.CompletedTask : snapshots.RefreshAsync(keys, subtrees, cancellationToken);
    }

    // A type change can change how every item of it converts.
    public Task HandleAsync(IReadOnlyList<ContentTypeSaved> notifications, CancellationToken cancellationToken) =>
        snapshots.LoadAllAsync(cancellationToken);

    public Task RebuildAsync(CancellationToken cancellationToken) => snapshots.LoadAllAsync(cancellationToken);
}
