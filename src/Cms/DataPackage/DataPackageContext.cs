using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Participation.Cms.Content;
using Participation.Cms.Persistence;

namespace Participation.Cms.DataPackage;

/// <summary>
/// An import in progress. Parts write through <see cref="UnitOfWork"/> and call <see cref="ItemImportedAsync"/> after
/// each item: every <see cref="BatchSize"/> items the batch commits and a fresh unit of work (and EF context, so its
/// change tracker never grows) takes over. The import is whole only when its last batch commits; an interrupted one is
/// resumed on the next start, skipping what is already in <see cref="Imported"/>.
/// </summary>
public sealed class DataPackageContext : IAsyncDisposable
{
    public const string User = "import";

    internal const int BatchSize = 500;

    private readonly UnitOfWorkProvider unitOfWork;
    private readonly ILogger logger;
    private readonly Dictionary<string, object> cache = new(StringComparer.Ordinal) { [SiblingSegments.CacheKey] = new SiblingSegments() };
    private readonly Stopwatch elapsed = Stopwatch.StartNew();
    private TimeSpan lastReport;
    private TimeSpan lastPause;
    private int inBatch;

    private DataPackageContext(string directory, DateTimeOffset now, IReadOnlySet<Guid> imported, UnitOfWorkProvider unitOfWork, ILogger logger)
    {
        Directory = directory;
        Now = now;
        Imported = imported;
        this.unitOfWork = unitOfWork;
        this.logger = logger;
    }

    public string Directory { get; }

    public DateTimeOffset Now { get; }

    /// <summary>The current batch's unit of work; it changes after <see cref="ItemImportedAsync"/>, so never keep it.</summary>
    public UnitOfWork UnitOfWork { get; private set; } = null!;

    /// <summary>Keys of the nodes an interrupted import had already committed: a resumed import skips them.</summary>
    public IReadOnlySet<Guid> Imported { get; }

    /// <summary>Items imported by this run, and how many the parts said they would import (for the log).</summary>
    public int Done { get; private set; }

    public int Expected { get; private set; }

    internal static async Task<DataPackageContext> BeginAsync(
        string directory, DateTimeOffset now, IReadOnlySet<Guid> imported, UnitOfWorkProvider unitOfWork, ILogger logger, CancellationToken cancellationToken)
    {
        var context = new DataPackageContext(directory, now, imported, unitOfWork, logger);
        context.UnitOfWork = await unitOfWork.BeginAsync(context.cache, cancellationToken);
        return context;
    }

    /// <summary>A part says how many items it is about to import, so progress can say "of how many".</summary>
    public void Expect(int items) => Expected += items;

    public async Task ItemImportedAsync(CancellationToken cancellationToken)
    {
        // Each save scans every entity the context tracks: saving what the item left pending and forgetting it keeps
        // that to one item's entities instead of a whole batch's, which made each item slower than the one before.
        await UnitOfWork.Db.SaveChangesAsync(cancellationToken);
        UnitOfWork.Db.ChangeTracker.Clear();
        Done++;
        if (++inBatch < BatchSize)
        {
            return;
        }

        await UnitOfWork.CompleteAsync(cancellationToken);
        await UnitOfWork.DisposeAsync();
        inBatch = 0;
        if (unitOfWork.Database.Provider == DatabaseProvider.Sqlite && elapsed.Elapsed - lastPause >= TimeSpan.FromSeconds(2))
        {
            // SQLite has one writer at a time and a waiting writer retries every 150 ms: a short pause now and then
            // lets the site's jobs write, rather than time out behind batches that follow each other at once.
            await Task.Delay(TimeSpan.FromMilliseconds(200), cancellationToken);
            lastPause = elapsed.Elapsed;
        }

        UnitOfWork = await unitOfWork.BeginAsync(cache, cancellationToken);
        if (elapsed.Elapsed - lastReport >= TimeSpan.FromSeconds(2))
        {
            lastReport = elapsed.Elapsed;
            logger.LogInformation("Imported {Done} of {Expected} items ({PerSecond:0} a second)", Done, Math.Max(Done, Expected), Done / elapsed.Elapsed.TotalSeconds);
        }
    }

    /// <summary>Commits the last batch, which the service has marked as the end of the import.</summary>
    internal Task CompleteAsync(CancellationToken cancellationToken) => UnitOfWork.CompleteAsync(cancellationToken);

    public ValueTask DisposeAsync() => UnitOfWork.DisposeAsync();
}
