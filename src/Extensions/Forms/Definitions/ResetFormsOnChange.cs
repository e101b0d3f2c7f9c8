using Participation.Cms.Notifications;

namespace Participation.Extensions.Forms.Definitions;

/// <summary>Every node drops its parsed forms when any node saves one; the next page that shows a form reads them again.</summary>
internal sealed class ResetFormsOnChange(FormCatalog forms) : INotificationHandler<FormSaved>, IRebuildFromDatabase
{
    public Task HandleAsync(IReadOnlyList<FormSaved> notifications, CancellationToken cancellationToken)
    {
        forms.Reset();
        return Task.CompletedTask;
    }

    public Task RebuildAsync(CancellationToken cancellationToken)
    {
        forms.Reset();
        return Task.CompletedTask;
    }
}
