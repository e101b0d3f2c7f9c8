using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Npgsql;
using Participation.Cms.Hosting;

namespace Participation.Cms.Persistence;

/// <summary>
/// Brings the schema up to date at start, the engine's tables first and then each add-on's, under the migration
/// account (<c>ConnectionStrings:CmsMigrations</c>) so the site's own account can be one that only reads and writes
/// rows (ASVS 13.2.2). With <c>Cms:Database:MigrateAtStart</c> off it only checks that nothing is pending.
/// </summary>
public sealed class SchemaMigrations(CmsDatabase database, IEnumerable<IDatabaseMigrator> migrators, IOptions<DatabaseOptions> options)
{
    /// <param name="afterEngine">Runs once the engine's tables are current, still under the migration lock.</param>
    public async Task RunAsync(CancellationToken cancellationToken, Func<Task>? afterEngine = null)
    {
        await database.PrepareAsync(cancellationToken);
        await using (await database.LockForMigrationsAsync(cancellationToken))
        {
            await using (var engine = database.CreateMigrationContext())
            {
                await BringUpToDateAsync(engine, cancellationToken);
            }

            if (afterEngine is not null)
            {
                await afterEngine();
            }

            foreach (var migrator in migrators)
            {
                await using var context = migrator.CreateMigrationContext();
                await BringUpToDateAsync(context, cancellationToken);
            }
        }
    }

    private async Task BringUpToDateAsync(DbContext context, CancellationToken cancellationToken)
    {
        // Asked first, with reads only: a current schema is left alone, so a start with an account that may not
        // change it (and no migration account) works once the schema has been migrated.
        var pending = (await context.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        if (pending.Count == 0)
        {
            return;
        }

        if (!options.Value.MigrateAtStart)
        {
            throw new InvalidOperationException(
                $"The database schema is behind: {pending.Count} migration(s) of {context.GetType().Name} are not applied (first: {pending[0]}), "
                + "and Cms:Database:MigrateAtStart is false. Start once with it true and ConnectionStrings:CmsMigrations set to the account that owns the schema.");
        }

        try
        {
            await context.Database.MigrateAsync(cancellationToken);
        }
        catch (PostgresException denied) when (denied.SqlState == PostgresErrorCodes.InsufficientPrivilege)
        {
            // Each migration runs in its own transaction, so what failed left nothing behind; say which setting to fix.
            var account = new NpgsqlConnectionStringBuilder(database.MigrationConnectionString).Username;
            var setting = database.MigrationConnectionString == database.ConnectionString ? "ConnectionStrings:Cms (no ConnectionStrings:CmsMigrations is set)" : "ConnectionStrings:CmsMigrations";
            throw new InvalidOperationException(
                $"The database account '{account}' of {setting} may not change the schema ({denied.MessageText}), and {pending.Count} migration(s) of {context.GetType().Name} are pending. "
                + "Set ConnectionStrings:CmsMigrations to the account that owns the schema; the site's own account needs only SELECT, INSERT, UPDATE and DELETE (README, \"Database accounts\").",
                denied);
        }
    }
}
