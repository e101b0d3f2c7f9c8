using Microsoft.EntityFrameworkCore.Storage;
using Participation.Cms.Notifications;

namespace Participation.Cms.Persistence;

/// <summary>
/// One database transaction. Notifications raised inside it are written to the instruction log in the same transaction
/// and handled only after commit, so no handler sees uncommitted data, a rolled-back change notifies nobody, and every
/// node (this one first, right after commit) applies the same committed changes in the same order.
/// </summary>
public sealed class UnitOfWork(
    CmsDbContext db, IDbContextTransaction transaction, ChangeLog changeLog, ChangeApplier applier, TimeProvider clock, Dictionary<string, object>? cache = null)
    : IAsyncDisposable
{
    private readonly List<INotification> queue = [];
    private readonly List<Action> committed = [];
    private bool completed;

    public CmsDbContext Db { get; } = db;

    public IDbContextTransaction Transaction { get; } = transaction;

    public DateTime Now { get; } = clock.GetUtcNow().UtcDateTime;

    /// <summary>
    /// Reads that must see this transaction's own writes (e.g. content types added by an import) keep them here. An import
    /// hands the same cache to each of its batches: it is the only writer while it runs, so what it read stays true.
    /// </summary>
    internal Dictionary<string, object> Cache { get; } = cache ?? new(StringComparer.Ordinal);

    public void Notify(INotification notification) => queue.Add(notification);

    /// <summary>Work outside the database that must follow the commit (placing an uploaded file).</summary>
    public void OnCommitted(Action action) => committed.Add(action);

    public void Audit(string user, string action, Guid? nodeKey, string? detail = null, int? versionId = null) =>
        Db.Audit.Add(new AuditRecord { At = Now, User = user, Action = action, NodeKey = nodeKey, Detail = detail, VersionId = versionId });

    public async Task CompleteAsync(CancellationToken cancellationToken = default)
    {
        await Db.SaveChangesAsync(cancellationToken);
        if (queue.Count > 0)
        {
            await changeLog.WriteAsync(Db, queue, Now, cancellationToken);
        }

        await Transaction.CommitAsync(cancellationToken);
        completed = true;
        foreach (var action in committed)
        {
            action();
        }

        if (queue.Count > 0)
        {
            // Read-your-writes on this node: the editor who published sees the page at once.
            await applier.CatchUpAsync(cancellationToken);
        }
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
