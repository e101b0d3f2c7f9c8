using Participation.Cms.Notifications;

namespace Participation.Cms.PublishedCache;

/// <summary>
/// Keeps the drafts snapshot (Delivery API preview) current on every node, once a preview has asked for it. Unlike the
/// live snapshot, a save counts: it is the draft a preview shows.
/// </summary>
internal sealed class RefreshDraftsOnContentChange(PublishedSnapshotService snapshots)
    : INotificationHandler<ContentNotification>, INotificationHandler<ContentTypeSaved>
{
    public Task HandleAsync(IReadOnlyList<ContentNotification> notifications, CancellationToken cancellationToken)
    {
        var subtrees = notifications.Where(n => n is ContentMoved or ContentDeleted).Select(n => n.Key).ToHashSet();
        var keys = notifications.Select(n => n.Key).Where(k => !subtrees.Contains(k)).ToHashSet();
        return snapshots.RefreshDraftsAsync(keys, subtrees, all: false, cancellationToken);
    }

    public Task HandleAsync(IReadOnlyList<ContentTypeSaved> notifications, CancellationToken cancellationToken) =>
        snapshots.RefreshDraftsAsync([], [], all: true, cancellationToken);
}
