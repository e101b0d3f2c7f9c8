using Participation.Cms.Notifications;

namespace Participation.Cms.Persistence;

public sealed class UnitOfWorkProvider(CmsDatabase database, ChangeLog changeLog, ChangeApplier applier, TimeProvider clock)
{
    public CmsDatabase Database => database;

    public Task<UnitOfWork> BeginAsync(CancellationToken cancellationToken = default) => BeginAsync(null, cancellationToken);

    /// <summary>A unit of work that keeps its reads in <paramref name="cache"/> (see <see cref="UnitOfWork.Cache"/>).</summary>
    internal async Task<UnitOfWork> BeginAsync(Dictionary<string, object>? cache, CancellationToken cancellationToken)
    {
        var db = database.CreateContext();
        try
        {
            var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            return new UnitOfWork(db, transaction, changeLog, applier, clock, cache);
        }
        catch
        {
            await db.DisposeAsync();
            throw;
        }
    }

    /// <summary>Runs work inside the caller's unit of work, or in one of its own that commits when the work succeeds.</summary>
    public async Task<T> RunAsync<T>(UnitOfWork? uow, Func<UnitOfWork, Task<T>> work, CancellationToken cancellationToken)
    {
        if (uow is not null)
        {
            return await work(uow);
        }

        await using var own = await BeginAsync(cancellationToken);
        var result = await work(own);
        await own.CompleteAsync(cancellationToken);
        return result;
    }
}
