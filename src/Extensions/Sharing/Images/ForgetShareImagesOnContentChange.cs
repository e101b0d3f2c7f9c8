using Participation.Cms.Notifications;

namespace Participation.Extensions.Sharing.Images;

/// <summary>
/// Drops an item's share images on every node once a change to it is applied: a publish makes a new version (whose
/// image is drawn on the next request), and an unpublish or delete must leave nothing of it to serve.
/// </summary>
internal sealed class ForgetShareImagesOnContentChange(ShareImageStore store) : INotificationHandler<ContentNotification>
{
    public Task HandleAsync(IReadOnlyList<ContentNotification> notifications, CancellationToken cancellationToken)
    {
        foreach (var key in notifications.Where(n => n is not (ContentSaved or MediaSaved or ContentSorted)).Select(n => n.Key).Distinct())
        {
            store.Forget(key);
        }

        return Task.CompletedTask;
    }
}
