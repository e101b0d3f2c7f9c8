using Participation.Cms.Notifications;

namespace Participation.Cms.ContentTypes;

/// <summary>Every node drops its cached content types when any node saves one, before the snapshot is rebuilt with them.</summary>
internal sealed class ResetContentTypesOnChange(ContentTypeService contentTypes) : INotificationHandler<ContentTypeSaved>, IRebuildFromDatabase
{
    public Task HandleAsync(IReadOnlyList<ContentTypeSaved> notifications, CancellationToken cancellationToken)
    {
        contentTypes.Reset();
        return Task.CompletedTask;
    }

    public Task RebuildAsync(CancellationToken cancellationToken)
    {
        contentTypes.Reset();
        return Task.CompletedTask;
    }
}
