using Npgsql;

namespace Participation.Web.Tests.Infrastructure;

/// <summary>
/// A new PostgreSQL database owned by a role of its own (<see cref="Owner"/>, which migrates), and a second login
/// (<see cref="Runtime"/>) granted exactly what README.md tells an operator to grant the site: rows, never the schema.
/// </summary>
public sealed class RestrictedPostgres : IAsyncDisposable
{
    private readonly string server;
    private readonly string name;

    private RestrictedPostgres(string server, string name, string? siteRole)
    {
        this.server = server;
        this.name = name;
        SiteRole = siteRole ?? name + "_site";
        Owner = For(OwnerRole, "owner");
        Runtime = For(SiteRole, "site");
    }

    /// <summary>The schema owner's connection string: for <c>ConnectionStrings:CmsMigrations</c>.</summary>
    public string Owner { get; }

    /// <summary>The row-only account's connection string: for <c>ConnectionStrings:Cms</c>.</summary>
    public string Runtime { get; }

    /// <param name="siteRole">
    /// An existing login to grant the rows to (one the test server lets in only with a certificate) instead of a new
    /// password login.
    /// </param>
    public static async Task<RestrictedPostgres> CreateAsync(string? siteRole = null)
    {
        var server = Environment.GetEnvironmentVariable("PARTICIPATION_TEST_POSTGRES")
            ?? throw new InvalidOperationException("Set PARTICIPATION_TEST_POSTGRES (./test.sh starts PostgreSQL and sets it).");
        var database = new RestrictedPostgres(server, "least_" + Guid.NewGuid().ToString("N")[..16], siteRole);
        await using (var connection = new NpgsqlConnection(server))
        {
            await connection.OpenAsync();
            await ExecuteAsync(connection, $"""
                CREATE ROLE "{database.name}_owner" LOGIN PASSWORD 'owner';
                {(siteRole is null ? $"CREATE ROLE \"{database.name}_site\" LOGIN PASSWORD 'site';" : "")}
                GRANT "{database.name}_owner" TO CURRENT_USER;
                """);
            await ExecuteAsync(connection, $"""CREATE DATABASE "{database.name}" OWNER "{database.name}_owner" """);
        }

        // The operator's script from README.md ("Database accounts"), run by the owner in the new database.
        await using (var owner = new NpgsqlConnection(database.Owner))
        {
            await owner.OpenAsync();
            await ExecuteAsync(owner, GrantScript(database.name, database.OwnerRole, database.SiteRole));
        }

        return database;
    }

    /// <summary>The README's grants, word for word apart from the names.</summary>
    public static string GrantScript(string database, string owner, string site) => $"""
        REVOKE ALL ON DATABASE "{database}" FROM PUBLIC;
        GRANT CONNECT ON DATABASE "{database}" TO "{site}";
        REVOKE CREATE ON SCHEMA public FROM PUBLIC;
        GRANT USAGE ON SCHEMA public TO "{site}";
        GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO "{site}";
        GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO "{site}";
        ALTER DEFAULT PRIVILEGES FOR ROLE "{owner}" IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO "{site}";
        ALTER DEFAULT PRIVILEGES FOR ROLE "{owner}" IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO "{site}";
        """;

    /// <summary>The public schema's tables and their owners, read as the owner.</summary>
    public async Task<List<(string Table, string Owner)>> TablesAsync()
    {
        await using var connection = new NpgsqlConnection(Owner);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT tablename, tableowner FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename", connection);
        await using var reader = await command.ExecuteReaderAsync();
        var tables = new List<(string, string)>();
        while (await reader.ReadAsync())
        {
            tables.Add((reader.GetString(0), reader.GetString(1)));
        }

        return tables;
    }

    public string OwnerRole => name + "_owner";

    public string SiteRole { get; }

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(server);
        await connection.OpenAsync();

        // WITH (FORCE) may end only sessions of roles the test account belongs to: the site's last connections, closed as
        // its host stops, get up to 10 s to go. One that stays past that fails the drop, as a leak should.
        await using (var sessions = new NpgsqlCommand("SELECT count(*) FROM pg_stat_activity WHERE datname = @name", connection))
        {
            sessions.Parameters.AddWithValue("name", name);
            for (var waited = 0; waited < 100 && (long)(await sessions.ExecuteScalarAsync())! > 0; waited++)
            {
                await Task.Delay(100);
            }
        }

        await ExecuteAsync(connection, $"""DROP DATABASE IF EXISTS "{name}" WITH (FORCE)""");
        await ExecuteAsync(connection, $"""DROP ROLE IF EXISTS "{name}_site"; DROP ROLE IF EXISTS "{name}_owner";""");
    }

    private string For(string role, string password) => new NpgsqlConnectionStringBuilder(server) { Database = name, Username = role, Password = password }.ToString();

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
