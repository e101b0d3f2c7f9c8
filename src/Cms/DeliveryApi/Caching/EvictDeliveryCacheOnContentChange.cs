using Microsoft.AspNetCore.OutputCaching;
using Participation.Cms.Notifications;

namespace Participation.Cms.DeliveryApi.Caching;

/// <summary>
/// Evicts Delivery API answers on every node once the snapshot shows a change: lists always (any change may move an
/// item in or out of one), items by the changed key, which every answer showing it, or a descendant of it, carries.
/// </summary>
internal sealed class EvictDeliveryCacheOnContentChange(IOutputCacheStore store)
    : INotificationHandler<ContentNotification>, INotificationHandler<ContentTypeSaved>
{
    public async Task HandleAsync(IReadOnlyList<ContentNotification> notifications, CancellationToken cancellationToken)
    {
        // A save changes only the draft, which no cached answer shows (previews are never stored).
        var changed = notifications.Where(n => n is not ContentSaved).Select(n => n.Key).ToHashSet();
        if (changed.Count == 0)
        {
            return;
        }

        await store.EvictByTagAsync(DeliveryOutputCachePolicy.QueryTag, cancellationToken);
        foreach (var key in changed)
        {
            await store.EvictByTagAsync(DeliveryOutputCachePolicy.KeyTag(key), cancellationToken);
        }
    }

    public async Task HandleAsync(IReadOnlyList<ContentTypeSaved> notifications, CancellationToken cancellationToken) =>
        await store.EvictByTagAsync(DeliveryOutputCachePolicy.AllTag, cancellationToken);
}
