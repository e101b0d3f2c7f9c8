using Microsoft.Data.Sqlite;

namespace Participation.Web.Tests.Security.Fuzzing;

/// <summary>
/// Row counts of every table in the site's database, to show that a refused request stored nothing. Tables whose rows
/// a request may add without storing anything of the caller's are named with the reason.
/// </summary>
internal sealed class StoredRows(string databaseFile) : IDisposable
{
    private static readonly Dictionary<string, string> Bookkeeping = new(StringComparer.OrdinalIgnoreCase)
    {
        ["__EFMigrationsHistory"] = "schema history",
        ["DataProtectionKeys"] = "the key ring is made on first use, by whichever request comes first",
        ["cmsLease"] = "job leases are taken by the scheduler, not by requests",
    };

    private readonly SqliteConnection connection = Open(databaseFile);
    private readonly List<string> tables = [];

    public Dictionary<string, long> Count()
    {
        if (tables.Count == 0)
        {
            using var list = connection.CreateCommand();
            list.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'";
            using var reader = list.ExecuteReader();
            while (reader.Read())
            {
                if (!Bookkeeping.ContainsKey(reader.GetString(0)))
                {
                    tables.Add(reader.GetString(0));
                }
            }
        }

        using var count = connection.CreateCommand();
        count.CommandText = string.Join(" UNION ALL ", tables.Select(t => $"SELECT '{t}', COUNT(*) FROM \"{t}\""));
        using var rows = count.ExecuteReader();
        var counts = new Dictionary<string, long>(StringComparer.Ordinal);
        while (rows.Read())
        {
            counts[rows.GetString(0)] = rows.GetInt64(1);
        }

        return counts;
    }

    /// <summary>The tables that gained rows between two counts.</summary>
    public static IEnumerable<string> Grown(Dictionary<string, long> before, Dictionary<string, long> after) =>
        after.Where(t => t.Value > before.GetValueOrDefault(t.Key)).Select(t => $"{t.Key} +{t.Value - before.GetValueOrDefault(t.Key)}");

    public void Dispose() => connection.Dispose();

    private static SqliteConnection Open(string file)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = file, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        connection.Open();
        return connection;
    }
}
