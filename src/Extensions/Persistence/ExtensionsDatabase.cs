using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Participation.Cms.Hosting;
using Participation.Cms.Persistence;

namespace Participation.Extensions.Persistence;

/// <summary>Creates the add-ons' context on the engine's database, and its migration context for the start.</summary>
public sealed class ExtensionsDatabase(CmsDatabase database) : IDatabaseMigrator
{
    public ExtensionsDbContext CreateContext(DbConnection? connection = null)
    {
        if (database.Provider == DatabaseProvider.Sqlite)
        {
            var builder = new DbContextOptionsBuilder<SqliteExtensionsDbContext>();
            Configure(builder, connection);
            return new SqliteExtensionsDbContext(builder.Options);
        }

        var postgres = new DbContextOptionsBuilder<PostgreSqlExtensionsDbContext>();
        Configure(postgres, connection);
        return new PostgreSqlExtensionsDbContext(postgres.Options);
    }

    /// <summary>A context that writes inside the engine's unit of work: same connection, same transaction.</summary>
    public async Task<ExtensionsDbContext> JoinAsync(UnitOfWork uow, CancellationToken cancellationToken)
    {
        var context = CreateContext(uow.Db.Database.GetDbConnection());
        await context.Database.UseTransactionAsync(uow.Transaction.GetDbTransaction(), cancellationToken);
        return context;
    }

    public DbContext CreateMigrationContext()
    {
        if (database.Provider == DatabaseProvider.Sqlite)
        {
            var builder = new DbContextOptionsBuilder<SqliteExtensionsDbContext>();
            database.ConfigureForMigrations(builder, ExtensionsDbContext.MigrationsHistoryTable);
            return new SqliteExtensionsDbContext(builder.Options);
        }

        var postgres = new DbContextOptionsBuilder<PostgreSqlExtensionsDbContext>();
        database.ConfigureForMigrations(postgres, ExtensionsDbContext.MigrationsHistoryTable);
        return new PostgreSqlExtensionsDbContext(postgres.Options);
    }

    private void Configure(DbContextOptionsBuilder builder, DbConnection? connection)
    {
        database.Configure(builder, ExtensionsDbContext.MigrationsHistoryTable, connection);
    }
}
