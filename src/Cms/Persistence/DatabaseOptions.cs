namespace Participation.Cms.Persistence;

public enum DatabaseProvider
{
    Sqlite,
    PostgreSQL,
}

/// <summary>
/// Bound from <c>Cms:Database</c>; the connection strings themselves are <c>ConnectionStrings:Cms</c> (what the site
/// runs on) and <c>ConnectionStrings:CmsMigrations</c> (the account that may change the schema).
/// </summary>
public sealed class DatabaseOptions
{
    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    public string ConnectionString { get; set; } = "";

    /// <summary>
    /// Used only to migrate the schema (ASVS 13.2.2), so the account in <see cref="ConnectionString"/> needs no more
    /// than reading and writing rows. Unset: the site migrates with its own account.
    /// </summary>
    public string? MigrationConnectionString { get; set; }

    /// <summary>Off: the site only checks at start that its schema is current, and stops, saying so, when it is not.</summary>
    public bool MigrateAtStart { get; set; } = true;
}
