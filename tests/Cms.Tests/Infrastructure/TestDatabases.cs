using Microsoft.Data.Sqlite;
using Npgsql;
using Participation.Cms.Persistence;

namespace Participation.Cms.Tests.Infrastructure;

/// <summary>
/// Fresh, empty databases for tests: a temporary SQLite file, or a new PostgreSQL database on the server named by
/// PARTICIPATION_TEST_POSTGRES (the README's test command starts one and sets it).
/// </summary>
public static class TestDatabases
{
    public const string PostgresVariable = "PARTICIPATION_TEST_POSTGRES";

    public static readonly TheoryData<DatabaseProvider> Providers = new() { DatabaseProvider.Sqlite, DatabaseProvider.PostgreSQL };

    public static string Create(DatabaseProvider provider)
    {
        if (provider == DatabaseProvider.Sqlite)
        {
            var folder = Path.Combine(Path.GetTempPath(), "participation-tests", Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(folder);
            return new SqliteConnectionStringBuilder { DataSource = Path.Combine(folder, "cms.db"), DefaultTimeout = 30 }.ToString();
        }

        var server = Environment.GetEnvironmentVariable(PostgresVariable)
            ?? throw new InvalidOperationException(
                $"PostgreSQL tests need a server: set {PostgresVariable} to a connection string (./test.sh installs, starts and sets it).");
        var name = "test_" + Guid.NewGuid().ToString("N");
        using (var connection = new NpgsqlConnection(server))
        {
            connection.Open();
            using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            command.ExecuteNonQuery();
        }

        return new NpgsqlConnectionStringBuilder(server) { Database = name }.ToString();
    }
}
