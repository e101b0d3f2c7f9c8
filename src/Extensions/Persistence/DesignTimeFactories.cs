using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Participation.Extensions.Persistence;

// Used only by `dotnet ef migrations add`; neither connects to a database.
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteExtensionsDbContext>
{
    public SqliteExtensionsDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteExtensionsDbContext>()
            .UseSqlite("Data Source=design.db", o => o.MigrationsHistoryTable(ExtensionsDbContext.MigrationsHistoryTable)).Options);
}

internal sealed class PostgreSqlDesignTimeFactory : IDesignTimeDbContextFactory<PostgreSqlExtensionsDbContext>
{
    public PostgreSqlExtensionsDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgreSqlExtensionsDbContext>()
            .UseNpgsql("Host=localhost;Database=design", o => o.MigrationsHistoryTable(ExtensionsDbContext.MigrationsHistoryTable)).Options);
}
