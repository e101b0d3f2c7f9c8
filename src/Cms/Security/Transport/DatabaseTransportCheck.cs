using Microsoft.Extensions.Options;
using Npgsql;
using Participation.Cms.Persistence;

namespace Participation.Cms.Security.Transport;

/// <summary>
/// PostgreSQL on another host must be reached over TLS that checks the server's certificate (ASVS 12.3.1, 12.3.2):
/// Npgsql's default (Prefer) falls back to clear text, and Require encrypts without knowing whom it talks to.
/// </summary>
internal sealed class DatabaseTransportCheck(IOptions<DatabaseOptions> options) : ITransportCheck
{
    public IEnumerable<PlaintextHop> Find()
    {
        if (options.Value.Provider != DatabaseProvider.PostgreSQL)
        {
            yield break; // SQLite is a file
        }

        foreach (var (setting, connectionString) in new[] { ("ConnectionStrings:Cms", options.Value.ConnectionString), ("ConnectionStrings:CmsMigrations", options.Value.MigrationConnectionString) })
        {
            if (connectionString is not null && Problem(setting, new NpgsqlConnectionStringBuilder(connectionString)) is { } problem)
            {
                yield return new PlaintextHop("Database", problem);
            }
        }
    }

    private static string? Problem(string setting, NpgsqlConnectionStringBuilder connection)
    {
        var remote = (connection.Host ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(WithoutPort).Where(h => !LoopbackHosts.Contains(h)).ToList();
        if (remote.Count == 0 || connection.SslMode is SslMode.VerifyFull or SslMode.VerifyCA)
        {
            return null;
        }

        return $"{setting} reaches {string.Join(", ", remote)} with SSL Mode={connection.SslMode}, which does not check the server's certificate (or allows clear text): "
            + "add SSL Mode=VerifyFull and Root Certificate=<the server's CA file> to it.";
    }

    // Npgsql takes "host:port" in Host; an IPv6 address keeps its brackets, a Unix socket path its slashes.
    private static string WithoutPort(string host)
    {
        if (host.StartsWith('['))
        {
            return host[..(host.IndexOf(']', StringComparison.Ordinal) + 1)];
        }

        var colon = host.LastIndexOf(':');
        return colon > 0 && host.IndexOf(':', StringComparison.Ordinal) == colon && !host.StartsWith('/') ? host[..colon] : host;
    }
}
