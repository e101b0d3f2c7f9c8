using Microsoft.EntityFrameworkCore.Storage;
using Participation.Cms.Persistence;

namespace Participation.Cms.Notifications;

/// <summary>
/// One database transaction. Notifications raised inside it are queued and dispatched only after commit,
/// so no handler sees uncommitted data and a rolled-back change notifies nobody.
/// </summary>
public sealed class UnitOfWork(CmsDbContext db, IDbContextTransaction transaction, NotificationPublisher publisher, TimeProvider clock)
    : IAsyncDisposable
{
    private readonly List<INotification> queue = [];
    private readonly List<Action> committed = [];
    private bool completed;

    public CmsDbContext Db { get; } = db;

    public IDbContextTransaction Transaction { get; } = transaction;

    public DateTime Now { get; } = clock.GetUtcNow().UtcDateTime;

    /// <summary>Reads that must see this transaction's own writes (e.g. content types added by an import) keep them here.</summary>
    internal Dictionary<string, object> Cache { get; } = new(StringComparer.Ordinal);

    public void Notify(INotification notification) => queue.Add(notification);

    public void OnCommitted(Action action) => committed.Add(action);

    public void Audit(string user, string action, Guid? nodeKey, string? detail = null, int? versionId = null) =>
        Db.Audit.Add(new AuditRecord { At = Now, User = user, Action = action, NodeKey = nodeKey, Detail = detail, VersionId = versionId });

    public async Task CompleteAsync(CancellationToken cancellationToken = default)
    {
        await Db.SaveChangesAsync(cancellationToken);
        await Transaction.CommitAsync(cancellationToken);
        completed = true;
        foreach (var action in committed)
        {
            action();
        }

        await publisher.PublishAsync(queue, cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        if (!completed)
        {
            await Transaction.RollbackAsync();
        }

        await Transaction.DisposeAsync();
        await Db.DisposeAsync();
    }
}
