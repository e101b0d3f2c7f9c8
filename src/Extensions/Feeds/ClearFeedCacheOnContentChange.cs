using Participation.Cms.Notifications;

namespace Participation.Extensions.Feeds;

/// <summary>
/// Drops every cached feed, calendar and sitemap once the snapshot shows a change, on every node: any publish or
/// unpublish may move an item into or out of a feed, and rebuilding is one pass per change, never per request.
/// </summary>
internal sealed class ClearFeedCacheOnContentChange(FeedCache cache)
    : INotificationHandler<ContentNotification>, INotificationHandler<ContentTypeSaved>
{
    public Task HandleAsync(IReadOnlyList<ContentNotification> notifications, CancellationToken cancellationToken)
    {
        // A save changes only a draft, which no feed shows.
        if (notifications.Any(n => n is not ContentSaved))
        {
            cache.Clear();
        }

        return Task.CompletedTask;
    }

    public Task HandleAsync(IReadOnlyList<ContentTypeSaved> notifications, CancellationToken cancellationToken)
    {
        cache.Clear();
        return Task.CompletedTask;
    }
}
