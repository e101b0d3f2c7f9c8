using Participation.Cms.Notifications;

namespace Participation.Cms.PageCache;

/// <summary>
/// Empties this node's page cache when a change reaches the public site. Every page, not the changed item's alone: a
/// publish can change any page's menu, listing, related items or links. (Pages of an older snapshot are never served
/// anyway; this frees their memory.)
/// </summary>
internal sealed class EvictPagesOnContentChange(PageCacheStore store)
    : INotificationHandler<ContentNotification>, INotificationHandler<ContentTypeSaved>
{
    public Task HandleAsync(IReadOnlyList<ContentNotification> notifications, CancellationToken cancellationToken)
    {
        // A save changes only the draft, which no kept page shows.
        if (notifications.Any(n => n is not ContentSaved))
        {
            store.Clear();
        }

        return Task.CompletedTask;
    }

    public Task HandleAsync(IReadOnlyList<ContentTypeSaved> notifications, CancellationToken cancellationToken)
    {
        store.Clear();
        return Task.CompletedTask;
    }
}
