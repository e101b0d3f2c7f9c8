using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Participation.Cms.DataPackage;
using Participation.Cms.Notifications;
using Participation.Cms.Persistence;
using Participation.Cms.PublishedCache;

namespace Participation.Cms.Hosting;

/// <summary>
/// Migrates, imports the site data into an empty database, and builds the published snapshot. Migrations begin as soon
/// as Program.cs has the built application (<see cref="Begin"/>) and are done before the server takes its first request
/// (<see cref="IHostedLifecycleService.StartingAsync"/> waits for them, and runs before any StartAsync).
/// The snapshot load of a restart (a second at 10 000 items) runs beside the rest of the start, the server's included,
/// and requests that come meanwhile wait for it; a first import can take minutes and runs once every service has
/// started, while the server answers 503 with Retry-After (see <see cref="StartingPage"/>).
/// </summary>
public sealed class CmsStartup(
    SchemaMigrations migrations,
    DataPackageService dataPackage,
    PublishedSnapshotService snapshots,
    ChangeLog changeLog,
    ChangeApplier changes,
    IEnumerable<IStartFromSnapshot> snapshotStates,
    CmsReadiness readiness,
    IHostApplicationLifetime lifetime,
    IOptions<CmsOptions> options,
    IHostEnvironment environment,
    ILogger<CmsStartup> logger,
    IStartupValidator? startupValidator = null) : IHostedLifecycleService
{
    private readonly CancellationTokenSource stopping = new();
    private bool initialized;
    private string? firstImport;
    private Task background = Task.CompletedTask;
    private Task? migrating;

    /// <summary>Everything, in order, before returning: for commands and tests that use the engine without a server.</summary>
    public async Task InitializeAsync(CancellationToken cancellationToken = default)
    {
        if (initialized)
        {
            return;
        }

        await MigrateAsync(cancellationToken);
        await ImportAndLoadAsync(ImportFolder(), cancellationToken);
    }

    /// <summary>
    /// Begins the migrations, and after the engine's the snapshot load, on the thread pool at once, while the caller
    /// goes on putting the request pipeline together: on two cores a restart's two long chains (the database models
    /// and the snapshot; the endpoints and the host) then run side by side. <see cref="StartingAsync"/> waits for the
    /// migrations as before, so no other service's start-up write and no request comes before the schema is current.
    /// </summary>
    public void Begin() => migrating ??= Task.Run(() =>
    {
        // The host checks the options marked ValidateOnStart (the transport guards among them) before any service
        // starts. Begun before the host, the migrations ask for the same check first, so a start the guards refuse
        // opens no connection; options are made once, so the host's own check finds them done.
        startupValidator?.Validate();
        return MigrateThenLoadAsync(stopping.Token);
    });

    public async Task StartingAsync(CancellationToken cancellationToken)
    {
        if (initialized)
        {
            return;
        }

        await (migrating ??= MigrateThenLoadAsync(cancellationToken)).WaitAsync(cancellationToken);
    }

    private Task MigrateThenLoadAsync(CancellationToken cancellationToken) =>
        MigrateAsync(cancellationToken, afterEngine: async () =>
        {
            if (ImportFolder() is { } folder && await dataPackage.NeedsImportAsync(cancellationToken))
            {
                firstImport = folder; // begins once every service has started (see StartedAsync)
                readiness.Importing();
                return;
            }

            // The snapshot reads only the engine's tables: its load need not wait for the add-ons' migrations.
            background = Task.Run(() => InBackgroundAsync(() => ImportAndLoadAsync(null, stopping.Token), "The published snapshot could not be loaded; the site stops."), CancellationToken.None);
        });

    private Task FirstImportAsync(string folder)
    {
        logger.LogInformation("First start: importing {Folder} while the site answers 503", folder);
        return InBackgroundAsync(() => ImportAndLoadAsync(folder, stopping.Token), "The first import failed; the site stops. The next start resumes it.");
    }

    private async Task InBackgroundAsync(Func<Task> start, string failure)
    {
        try
        {
            await start();
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
            readiness.Failed(new OperationCanceledException("The site stopped before it was ready."));
        }
        catch (Exception ex)
        {
            // As when this ran before the server: a site that cannot load or import its data stops, saying why.
            logger.LogCritical(ex, "{Failure}", failure);
            readiness.Failed(ex);
            lifetime.StopApplication();
        }
    }

    private Task MigrateAsync(CancellationToken cancellationToken, Func<Task>? afterEngine = null) =>
        migrations.RunAsync(cancellationToken, afterEngine);

    private async Task ImportAndLoadAsync(string? folder, CancellationToken cancellationToken)
    {
        if (folder is not null)
        {
            await dataPackage.ImportIfEmptyAsync(folder, cancellationToken);
        }

        // The load reads everything committed up to here; the applier takes over from the same point
        // (a change committed during the load is applied again, which refreshing allows).
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var appliedThrough = await changeLog.LatestIdAsync(cancellationToken);
        await snapshots.LoadAllAsync(cancellationToken);
        var loaded = watch.ElapsedMilliseconds;
        foreach (var state in snapshotStates)
        {
            await state.StartAsync(cancellationToken);
        }

        changes.Start(appliedThrough);
        logger.LogInformation(
            "Published snapshot ready: {Count} items in {Milliseconds} ms (snapshot {Snapshot} ms, then indexes)", snapshots.Current.Count, watch.ElapsedMilliseconds, loaded);
        initialized = true;
        readiness.Ready();
    }

    private string? ImportFolder()
    {
        if (!options.Value.ImportOnFirstStart)
        {
            return null;
        }

        var folder = DataFolder();
        if (folder is null)
        {
            logger.LogWarning("No umbraco-data folder found above {Root}; the site starts empty.", environment.ContentRootPath);
        }

        return folder;
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

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>
    /// The first import begins here, after the other services' start-up writes (roles, keys): on SQLite, whose one
    /// writer at a time the import keeps busy, they would otherwise wait for it and time out.
    /// </summary>
    public Task StartedAsync(CancellationToken cancellationToken)
    {
        if (firstImport is { } folder)
        {
            background = Task.Run(() => FirstImportAsync(folder), CancellationToken.None);
        }

        return Task.CompletedTask;
    }

    /// <summary>A first import still running stops at its next batch (the next start resumes it); a load stops too.</summary>
    public async Task StoppingAsync(CancellationToken cancellationToken)
    {
        await stopping.CancelAsync();
        await background.WaitAsync(cancellationToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
