using Participation.Cms.Notifications;

namespace Participation.Cms.Search;

/// <summary>
/// Keeps the content index in step with the published snapshot on every node, after the snapshot stage. A draft save
/// changes nothing public and is skipped; a content-type change can change every document, so it rebuilds.
/// </summary>
internal sealed class IndexContentOnChange(ContentIndex index)
    : INotificationHandler<ContentNotification>, INotificationHandler<ContentTypeSaved>, IRebuildFromDatabase, IStartFromSnapshot
{
    public Task HandleAsync(IReadOnlyList<ContentNotification> notifications, CancellationToken cancellationToken)
    {
        var keys = notifications.Where(n => n is not (ContentSaved or MediaSaved)).Select(n => n.Key).ToHashSet();
        return keys.Count == 0 ? Task.CompletedTask : index.RefreshAsync(keys, cancellationToken);
    }

    public Task HandleAsync(IReadOnlyList<ContentTypeSaved> notifications, CancellationToken cancellationToken) =>
        index.RebuildAsync(null, cancellationToken);

    public Task RebuildAsync(CancellationToken cancellationToken) => index.RebuildAsync(null, cancellationToken);

    public Task StartAsync(CancellationToken cancellationToken) => index.OpenAsync(cancellationToken);
}
