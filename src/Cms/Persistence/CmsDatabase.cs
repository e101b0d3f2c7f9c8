using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Participation.Cms.Persistence;

/// <summary>
/// The one place that knows which database the site runs on. Creates the engine's context and lets
/// add-ons (forms, registrations) configure their own contexts on the same database.
/// </summary>
public sealed class CmsDatabase
{
    private readonly DbContextOptions<SqliteCmsDbContext>? sqliteOptions;
    private readonly DbContextOptions<PostgreSqlCmsDbContext>? postgresOptions;
    private readonly SqliteWriteGate writeGate;

    public CmsDatabase(IOptions<DatabaseOptions> options, ILogger<CmsDatabase> logger)
    {
        writeGate = new SqliteWriteGate(logger);
        Provider = options.Value.Provider;
        ConnectionString = options.Value.ConnectionString;
        MigrationConnectionString = options.Value.MigrationConnectionString ?? ConnectionString;
        if (Provider == DatabaseProvider.Sqlite)
        {
            var builder = new DbContextOptionsBuilder<SqliteCmsDbContext>();
            Configure(builder, "__EFMigrationsHistory");
            sqliteOptions = builder.Options;
        }
        else
        {
            var builder = new DbContextOptionsBuilder<PostgreSqlCmsDbContext>();
            Configure(builder, "__EFMigrationsHistory");
            postgresOptions = builder.Options;
        }
    }

    public DatabaseProvider Provider { get; }

    public string ConnectionString { get; }

    /// <summary>The account that changes the schema: <c>ConnectionStrings:CmsMigrations</c>, else the site's own.</summary>
    public string MigrationConnectionString { get; }

    public CmsDbContext CreateContext() => Provider == DatabaseProvider.Sqlite
        ? new SqliteCmsDbContext(sqliteOptions!)
        : new PostgreSqlCmsDbContext(postgresOptions!);

    /// <summary>The engine's context under the migration account; used for nothing but migrations.</summary>
    public CmsDbContext CreateMigrationContext()
    {
        if (Provider == DatabaseProvider.Sqlite)
        {
            var sqlite = new DbContextOptionsBuilder<SqliteCmsDbContext>();
            ConfigureForMigrations(sqlite, "__EFMigrationsHistory");
            return new SqliteCmsDbContext(sqlite.Options);
        }

        var postgres = new DbContextOptionsBuilder<PostgreSqlCmsDbContext>();
        ConfigureForMigrations(postgres, "__EFMigrationsHistory");
        return new PostgreSqlCmsDbContext(postgres.Options);
    }

    /// <summary>Points a context at this database; each context keeps its own migrations history table.</summary>
    /// <param name="connection">An open connection to share (to write inside another context's transaction).</param>
    public void Configure(DbContextOptionsBuilder builder, string migrationsHistoryTable, DbConnection? connection = null) =>
        Configure(builder, migrationsHistoryTable, ConnectionString, connection);

    /// <summary>As <see cref="Configure(DbContextOptionsBuilder, string, DbConnection?)"/>, under the migration account.</summary>
    public void ConfigureForMigrations(DbContextOptionsBuilder builder, string migrationsHistoryTable) =>
        Configure(builder, migrationsHistoryTable, MigrationConnectionString, null);

    private void Configure(DbContextOptionsBuilder builder, string migrationsHistoryTable, string connectionString, DbConnection? connection)
    {
        if (Provider == DatabaseProvider.Sqlite)
        {
            if (connection is null)
            {
                builder.UseSqlite(connectionString, sqlite => sqlite.MigrationsHistoryTable(migrationsHistoryTable));
            }
            else
            {
                builder.UseSqlite(connection, sqlite => sqlite.MigrationsHistoryTable(migrationsHistoryTable));
            }

            builder.AddInterceptors(writeGate); // every context on this file: the engine's and the add-ons'
        }
        else if (connection is null)
        {
            builder.UseNpgsql(connectionString, npgsql => npgsql.MigrationsHistoryTable(migrationsHistoryTable));
        }
        else
        {
            builder.UseNpgsql(connection, npgsql => npgsql.MigrationsHistoryTable(migrationsHistoryTable));
        }

        builder.ConfigureWarnings(w => w.Ignore(CoreEventId.ManyServiceProvidersCreatedWarning));
    }

    /// <summary>
    /// Held by the node that imports the site data, for the whole import (its batches commit one by one). A lock that
    /// dies with its holder: PostgreSQL's session-level advisory lock, or on SQLite (one machine) an exclusive lock on a
    /// file beside the database. A node that stops halfway leaves no lock behind, so the next start finishes the import.
    /// </summary>
    public async Task<IAsyncDisposable> LockForImportAsync(CancellationToken cancellationToken)
    {
        if (Provider == DatabaseProvider.PostgreSQL)
        {
            return await AdvisoryLockAsync(724151, cancellationToken);
        }

        var file = (new DbConnectionStringBuilder { ConnectionString = ConnectionString }["Data Source"] as string ?? "cms.db") + ".import-lock";
        while (true)
        {
            try
            {
                return new FileStream(file, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(100), cancellationToken); // another node (or host in this process) imports
            }
        }
    }

    /// <summary>
    /// Serialises migrations across processes. EF's own migration lock on PostgreSQL does not stop two nodes that start
    /// together on an empty database from both creating the same tables, so the engine takes a session-level advisory
    /// lock around all migrations (the engine's and the add-ons'). SQLite relies on EF's lock table and its file lock.
    /// </summary>
    public async Task<IAsyncDisposable> LockForMigrationsAsync(CancellationToken cancellationToken)
    {
        if (Provider != DatabaseProvider.PostgreSQL)
        {
            return NoLock.Instance;
        }

        return await AdvisoryLockAsync(724152, cancellationToken, MigrationConnectionString);
    }

    private async Task<IAsyncDisposable> AdvisoryLockAsync(long key, CancellationToken cancellationToken, string? connectionString = null)
    {
        // Its own physical connection: a pooled one goes back to the pool still holding the lock (the pool resets a
        // connection only when it is next used), and the next node would wait for the pool to prune it.
        var connection = new Npgsql.NpgsqlConnection(new Npgsql.NpgsqlConnectionStringBuilder(connectionString ?? ConnectionString) { Pooling = false }.ToString());
        await connection.OpenAsync(cancellationToken);
        // The holder may work for minutes (a first import): wait as long as it takes, unless the start is cancelled.
        await using (var command = new Npgsql.NpgsqlCommand($"SELECT pg_advisory_lock({key})", connection) { CommandTimeout = 0 })
        {
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        return connection; // closing the session releases the lock
    }

    private sealed class NoLock : IAsyncDisposable
    {
        public static readonly NoLock Instance = new();

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }

    /// <summary>Turns on write-ahead logging so readers never wait for the writer (SQLite only; persistent per file).</summary>
    public async Task PrepareAsync(CancellationToken cancellationToken)
    {
        if (Provider != DatabaseProvider.Sqlite)
        {
            return;
        }

        var file = new DbConnectionStringBuilder { ConnectionString = ConnectionString }["Data Source"] as string;
        var folder = Path.GetDirectoryName(Path.GetFullPath(file ?? "cms.db"));
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }

        await using var context = CreateContext();
        await context.Database.OpenConnectionAsync(cancellationToken);
        await context.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
    }
}
