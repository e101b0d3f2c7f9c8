using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Participation.Cms.DataPackage;
using Participation.Cms.Notifications;
using Participation.Cms.Persistence;
using Participation.Cms.PublishedCache;

namespace Participation.Cms.Hosting;

/// <summary>
/// Migrates, imports the site data into an empty database, and builds the published snapshot, all before
/// the server takes its first request (<see cref="IHostedLifecycleService.StartingAsync"/> runs before any StartAsync).
/// </summary>
public sealed class CmsStartup(
    CmsDatabase database,
    IEnumerable<IDatabaseMigrator> migrators,
    DataPackageService dataPackage,
    PublishedSnapshotService snapshots,
    ChangeLog changeLog,
    ChangeApplier changes,
    IEnumerable<IStartFromSnapshot> snapshotStates,
    IOptions<CmsOptions> options,
    IHostEnvironment environment,
    ILogger<CmsStartup> logger) : IHostedLifecycleService
{
    private bool initialized;

    public async Task InitializeAsync(CancellationToken cancellationToken = default)
    {
        if (initialized)
        {
            return;
        }

        await database.PrepareAsync(cancellationToken);
        await using (await database.LockForMigrationsAsync(cancellationToken))
        {
            await using (var db = database.CreateContext())
            {
                await Microsoft.EntityFrameworkCore.RelationalDatabaseFacadeExtensions.MigrateAsync(db.Database, cancellationToken);
            }

            foreach (var migrator in migrators)
            {
                await migrator.MigrateAsync(cancellationToken);
            }
        }

        if (options.Value.ImportOnFirstStart)
        {
            var folder = DataFolder();
            if (folder is null)
            {
                logger.LogWarning("No umbraco-data folder found above {Root}; the site starts empty.", environment.ContentRootPath);
            }
            else
            {
                await dataPackage.ImportIfEmptyAsync(folder, cancellationToken);
            }
        }

        // The load reads everything committed up to here; the applier takes over from the same point
        // (a change committed during the load is applied again, which refreshing allows).
        var appliedThrough = await changeLog.LatestIdAsync(cancellationToken);
        await snapshots.LoadAllAsync(cancellationToken);
        foreach (var state in snapshotStates)
        {
            await state.StartAsync(cancellationToken);
        }

        changes.Start(appliedThrough);
        logger.LogInformation("Published snapshot ready: {Count} items", snapshots.Current.Count);
        initialized = true;
    }

    public string? DataFolder()
    {
        if (options.Value.DataFolder is { } configured)
        {
            return Path.GetFullPath(configured, environment.ContentRootPath);
        }

        for (var dir = new DirectoryInfo(environment.ContentRootPath); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "umbraco-data");
            if (Directory.Exists(Path.Combine(candidate, "content-types")))
            {
                return candidate;
            }
        }

        return null;
    }

    public Task StartingAsync(CancellationToken cancellationToken) => InitializeAsync(cancellationToken);

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
