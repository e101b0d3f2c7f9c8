using Npgsql;

namespace Participation.Web.Tests.Infrastructure;

/// <summary>A new, empty PostgreSQL database on the server the test command started (PARTICIPATION_TEST_POSTGRES).</summary>
public static class TestPostgres
{
    public static string CreateDatabase()
    {
        var server = Environment.GetEnvironmentVariable("PARTICIPATION_TEST_POSTGRES")
            ?? throw new InvalidOperationException("Set PARTICIPATION_TEST_POSTGRES (./test.sh starts PostgreSQL and sets it).");
        var name = "web_" + Guid.NewGuid().ToString("N");
        using (var connection = new NpgsqlConnection(server))
        {
            connection.Open();
            using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            command.ExecuteNonQuery();
        }

        return new NpgsqlConnectionStringBuilder(server) { Database = name }.ToString();
    }
}
