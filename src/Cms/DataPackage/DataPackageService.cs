using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Participation.Cms.Notifications;
using Participation.Cms.Persistence;

namespace Participation.Cms.DataPackage;

/// <summary>
/// Imports <c>umbraco-data/</c> into an empty database (once, even with several nodes starting together, and to the end
/// even when a node stops halfway) and exports it back.
/// </summary>
public sealed class DataPackageService(
    IEnumerable<IDataPackagePart> parts,
    UnitOfWorkProvider unitOfWork,
    CmsDatabase database,
    ChangeLog changeLog,
    TimeProvider clock,
    ILogger<DataPackageService> logger)
{
    /// <summary>
    /// The row that says an import has begun and not yet finished: written by its first batch, deleted by its last, so a
    /// database with half a site is never taken for a finished one. Kept in the lease table (a one-node job, whose
    /// holder is the node that began it); it never lapses by time, the import lock decides who works on it.
    /// </summary>
    internal const string InProgress = "data-package-import";

    /// <summary>True while the database holds no site yet, or an import that has not finished.</summary>
    public async Task<bool> NeedsImportAsync(CancellationToken cancellationToken = default) =>
        await StateAsync(cancellationToken) != ImportState.Done;

    /// <summary>
    /// Imports when the database holds no content yet, or finishes an import that stopped halfway. Returns false when
    /// there was nothing to do (another node did it, or the site was there already).
    /// </summary>
    public async Task<bool> ImportIfEmptyAsync(string directory, CancellationToken cancellationToken = default)
    {
        if (await StateAsync(cancellationToken) == ImportState.Done)
        {
            return false;
        }

        await using (await database.LockForImportAsync(cancellationToken))
        {
            var state = await StateAsync(cancellationToken); // another node may have finished it while this one waited
            if (state == ImportState.Done)
            {
                return false;
            }

            await ImportAsync(directory, state == ImportState.Begun, cancellationToken);
            return true;
        }
    }

    private async Task ImportAsync(string directory, bool resume, CancellationToken cancellationToken)
    {
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var imported = new HashSet<Guid>();
        if (resume)
        {
            await using var db = database.CreateContext();
            imported = (await db.Nodes.AsNoTracking().Select(n => n.Key).ToListAsync(cancellationToken)).ToHashSet();
            logger.LogWarning("Resuming the import of {Directory} that stopped after {Count} items", directory, imported.Count);
        }

        await using var context = await DataPackageContext.BeginAsync(directory, clock.GetUtcNow(), imported, unitOfWork, logger, cancellationToken);
        if (!resume)
        {
            context.UnitOfWork.Db.Leases.Add(new LeaseRecord { Name = InProgress, Holder = changeLog.Origin, ExpiresAt = new DateTime(9999, 12, 31, 0, 0, 0, DateTimeKind.Utc) });
        }

        foreach (var part in parts.OrderBy(p => p.Order))
        {
            await part.ImportAsync(context, cancellationToken);
        }

        await context.UnitOfWork.Db.Leases.Where(l => l.Name == InProgress).ExecuteDeleteAsync(cancellationToken);
        context.UnitOfWork.Audit(DataPackageContext.User, "Import", null, directory);
        await context.CompleteAsync(cancellationToken);
        logger.LogInformation("Imported site data from {Directory}: {Count} items in {Seconds:0.0} s", directory, context.Done, watch.Elapsed.TotalSeconds);
    }

    private async Task<ImportState> StateAsync(CancellationToken cancellationToken)
    {
        await using var db = database.CreateContext();
        if (await db.Leases.AnyAsync(l => l.Name == InProgress, cancellationToken))
        {
            return ImportState.Begun;
        }

        return await db.Nodes.AnyAsync(cancellationToken) || await db.ContentTypes.AnyAsync(cancellationToken) ? ImportState.Done : ImportState.Empty;
    }

    private enum ImportState
    {
        Empty,
        Begun,
        Done,
    }

    public async Task ExportAsync(string directory, CancellationToken cancellationToken = default)
    {
        foreach (var folder in new[] { "content-types", "content", "media", "forms" }.Select(f => Path.Combine(directory, f)).Where(Directory.Exists))
        {
            Directory.Delete(folder, recursive: true); // an export is the whole site: nothing stale may remain
        }

        foreach (var part in parts.OrderBy(p => p.Order))
        {
            await part.ExportAsync(directory, cancellationToken);
        }
    }
}
