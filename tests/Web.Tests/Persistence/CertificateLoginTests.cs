using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Participation.Cms.Persistence;
using Participation.Web.Tests.Infrastructure;

namespace Participation.Web.Tests.Persistence;

/// <summary>
/// ASVS 13.2.1 on real PostgreSQL: the site's database account logs in with a short-lived client certificate and no
/// password at all. The test server (scripts/test-services.sh) requires a certificate from its test CA for
/// <see cref="CertificateRole"/> and turns it away without TLS; the operator's setup is in README "Database accounts".
/// </summary>
public sealed class CertificateLoginTests : IDisposable
{
    private const string CertificateRole = "participation_cert_site";
    private const string ServerCa = "/etc/ssl/certs/ssl-cert-snakeoil.pem"; // Debian's PostgreSQL serves this (CN=localhost)
    private readonly string folder = Directory.CreateTempSubdirectory("cert-login-").FullName;

    [Fact]
    public async Task TheSiteRunsOnACertificateLoginWithNoPasswordAndTheServerSeesTheCertificate()
    {
        await using var database = await RestrictedPostgres.CreateAsync(CertificateRole);
        var (certificate, key) = Issue(database.SiteRole, DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddHours(1));
        var connectionString = CertificateLogin(database, certificate, key);
        Assert.DoesNotContain("Password", connectionString, StringComparison.OrdinalIgnoreCase);

        await using var site = new SiteFactory
        {
            PostgresConnectionString = connectionString,
            Settings = new Dictionary<string, string> { ["environment"] = "Production", ["ConnectionStrings:CmsMigrations"] = database.Owner },
        };
        Assert.Equal(HttpStatusCode.OK, (await site.CreateClient().GetAsync("/")).StatusCode);

        await using var db = site.Services.GetRequiredService<CmsDatabase>().CreateContext();
        var connection = (NpgsqlConnection)Microsoft.EntityFrameworkCore.RelationalDatabaseFacadeExtensions.GetDbConnection(db.Database);
        await connection.OpenAsync();
        await using var who = new NpgsqlCommand("SELECT current_user || ' ' || client_dn FROM pg_stat_ssl WHERE pid = pg_backend_pid()", connection);
        Assert.Equal($"{database.SiteRole} /CN={database.SiteRole}", await who.ExecuteScalarAsync());
    }

    [Fact]
    public async Task WithoutAValidCertificateTheAccountCannotLogInEvenWithItsPassword()
    {
        await using var database = await RestrictedPostgres.CreateAsync(CertificateRole);
        var withPassword = new NpgsqlConnectionStringBuilder(database.Runtime) { Host = "localhost", SslMode = SslMode.VerifyFull, RootCertificate = ServerCa };

        // A password does not open it, over TLS or without it.
        withPassword.Password = "site";
        var overTls = await Assert.ThrowsAsync<PostgresException>(() => OpenAsync(withPassword.ToString()));
        Assert.Contains("certificate", overTls.MessageText, StringComparison.Ordinal);
        withPassword.SslMode = SslMode.Disable;
        var plain = await Assert.ThrowsAsync<PostgresException>(() => OpenAsync(withPassword.ToString()));
        Assert.Contains("no encryption", plain.MessageText, StringComparison.Ordinal);

        // An expired certificate is refused: a stolen one is worth only its short lifetime.
        // (A fresh test CA may be seconds old, and a certificate cannot start before its issuer: it lasts one second.)
        DateTime expiredAt;
        using (var issuer = Issuer)
        {
            var issued = issuer.NotBefore.ToUniversalTime();
            expiredAt = issued > DateTime.UtcNow.AddHours(-2) ? issued.AddSeconds(1) : DateTime.UtcNow.AddHours(-1);
        }
        var (expired, expiredKey) = Issue(database.SiteRole, expiredAt.AddSeconds(-1), expiredAt, "renewed");
        while (DateTime.UtcNow <= expiredAt.AddSeconds(1))
        {
            await Task.Delay(200);
        }

        var renewedLogin = CertificateLogin(database, expired, expiredKey);
        await Assert.ThrowsAnyAsync<NpgsqlException>(() => OpenAsync(renewedLogin));

        // A certificate naming another role does not open this one.
        var (other, otherKey) = Issue(database.OwnerRole, DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddHours(1));
        var mismatch = await Assert.ThrowsAsync<PostgresException>(() => OpenAsync(CertificateLogin(database, other, otherKey)));
        Assert.Contains("certificate authentication failed", mismatch.MessageText, StringComparison.Ordinal);

        // A renewal rewrites the same files; the next connection reads them again, with no restart.
        Issue(database.SiteRole, DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddHours(1), "renewed");
        await OpenAsync(renewedLogin);
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private static string CertificateLogin(RestrictedPostgres database, string certificate, string key) =>
        new NpgsqlConnectionStringBuilder(database.Runtime)
        {
            Host = "localhost",
            Password = null,
            SslMode = SslMode.VerifyFull,
            RootCertificate = ServerCa,
            SslCertificate = certificate,
            SslKey = key,
            Pooling = false,
        }.ToString();

    private static async Task OpenAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var one = new NpgsqlCommand("SELECT 1", connection);
        Assert.Equal(1, await one.ExecuteScalarAsync());
    }

    private static X509Certificate2 Issuer
    {
        get
        {
            var caFolder = Environment.GetEnvironmentVariable("PARTICIPATION_TEST_POSTGRES_CA")
                ?? throw new InvalidOperationException("Set PARTICIPATION_TEST_POSTGRES_CA (source scripts/test-services.sh makes the test CA and sets it).");
            return X509Certificate2.CreateFromPemFile(Path.Combine(caFolder, "ca.crt"), Path.Combine(caFolder, "ca.key"));
        }
    }

    /// <summary>A client certificate for <paramref name="role"/> from the test CA, as the PEM files Npgsql reads.</summary>
    private (string Certificate, string Key) Issue(string role, DateTimeOffset notBefore, DateTimeOffset notAfter, string? name = null)
    {
        using var ca = Issuer;
        notBefore = notBefore < ca.NotBefore ? ca.NotBefore : notBefore;
        using var key = RSA.Create(2048);
        var request = new CertificateRequest($"CN={role}", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, true));
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.2")], false)); // client authentication
        using var certificate = request.Create(ca, notBefore, notAfter, RandomNumberGenerator.GetBytes(12));
        name ??= Guid.NewGuid().ToString("N");
        var certificateFile = Path.Combine(folder, name + ".crt");
        var keyFile = Path.Combine(folder, name + ".key");
        File.WriteAllText(certificateFile, certificate.ExportCertificatePem());
        File.WriteAllText(keyFile, key.ExportPkcs8PrivateKeyPem());
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(keyFile, UnixFileMode.UserRead | UnixFileMode.UserWrite); // Npgsql, like libpq, wants the key private
        }
        return (certificateFile, keyFile);
    }
}
