using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Npgsql;
using Participation.Cms.Persistence;
using Participation.Cms.Security.Transport;
using Participation.Extensions.Forms.Builder;
using Participation.Extensions.Forms.Definitions;
using Participation.Extensions.Forms.Workflows;
using Participation.Web.Tests.Forms;
using Participation.Web.Tests.Infrastructure;

namespace Participation.Web.Tests.Security;

/// <summary>
/// ASVS 12.2.1 and 12.3.1-12.3.3: in Production the site refuses to start on a connection that may travel in clear
/// text, naming the setting to fix, unless the operator turns on that hop's <c>Cms:Transport:AllowPlaintext</c> switch.
/// </summary>
public sealed class TransportGuardTests
{
    public static TheoryData<string, string, string, string> Refusals => new()
    {
        { "Http", "urls", "http://0.0.0.0:8080", "The site serves plain HTTP on http://0.0.0.0:8080 with no HTTPS endpoint and no trusted proxy: name the reverse proxy that ends TLS in Cms:ForwardedHeaders:KnownProxies" },
        { "Http", "http_ports", "8080", "The site serves plain HTTP on http://*:8080" },
        { "Http", "Kestrel:Endpoints:Web:Url", "http://[::]:80", "The site serves plain HTTP on http://[::]:80" },
        { "Http", "Cms:ForwardedHeaders:KnownProxies:0", "10.0.0.5", "The site serves plain HTTP on http://0.0.0.0:8080, so the named proxy's hop to it crosses the network unencrypted" },
        { "Http", "Cms:ForwardedHeaders:KnownNetworks:0", "10.0.0.0/24", "The site serves plain HTTP on http://0.0.0.0:8080, so the named proxy's hop to it crosses the network unencrypted" },
        { "Smtp", "Forms:Mail:Smtp:Security", "None", "Forms:Mail:Smtp:Security is None for smtp.example.invalid, so mail may cross the network in clear text: set it to StartTls or SslOnConnect." },
        { "Smtp", "Forms:Mail:Smtp:Security", "Auto", "Forms:Mail:Smtp:Security is Auto for smtp.example.invalid" },
    };

    [Theory]
    [MemberData(nameof(Refusals))]
    public async Task APlaintextHopStopsAProductionStartNamingTheSettingAndTheSwitchLetsItStart(string hop, string key, string value, string expected)
    {
        var settings = new Dictionary<string, string>
        {
            [key] = value,
            ["Forms:Mail:Transport"] = "Smtp",
            ["Forms:Mail:Smtp:Host"] = "smtp.example.invalid",
            ["Forms:Mail:Smtp:Security"] = key == "Forms:Mail:Smtp:Security" ? value : "StartTls",
        };
        if (key.StartsWith("Cms:ForwardedHeaders", StringComparison.Ordinal))
        {
            settings["urls"] = "http://0.0.0.0:8080"; // a proxy on another machine reaches the site over the network
        }

        await using (var site = Production(settings))
        {
            var refused = StartFailure.Messages(Assert.ThrowsAny<Exception>(() => site.Services.GetRequiredService<IServiceProvider>()));
            Assert.Contains(expected, refused, StringComparison.Ordinal);
            Assert.Contains($"set Cms:Transport:AllowPlaintext:{hop}=true", refused, StringComparison.Ordinal);
        }

        settings[$"Cms:Transport:AllowPlaintext:{hop}"] = "true";
        await using var allowed = Production(settings);
        Assert.Equal(HttpStatusCode.OK, (await allowed.CreateClient().GetAsync("/")).StatusCode);
        Assert.Contains(allowed.Errors.Warnings, w => w.StartsWith($"Cms:Transport:AllowPlaintext:{hop} is on, so the site starts although: {expected}", StringComparison.Ordinal));
    }

    /// <summary>The README's <c>dotnet run --project src/Web</c> (Production, <c>http://localhost:5080</c>), a site behind a proxy on the same host, and one with an HTTPS endpoint.</summary>
    [Theory]
    [InlineData("urls", "http://localhost:5080")]
    [InlineData("urls", "http://127.0.0.1:5080;http://[::1]:5080")]
    [InlineData("Cms:ForwardedHeaders:KnownProxies:0", "127.0.0.1")]
    [InlineData("https_ports", "443")]
    public async Task LoopbackHttpOrATlsEndingProxyOrAnHttpsEndpointStartsInProduction(string key, string value)
    {
        var settings = new Dictionary<string, string> { [key] = value };
        if (!key.Equals("urls", StringComparison.Ordinal))
        {
            // Behind a proxy on this host the site listens on loopback only; with an HTTPS endpoint it may listen anywhere.
            settings["urls"] = key == "https_ports" ? "http://0.0.0.0:8080" : "http://127.0.0.1:8080";
        }

        await using var site = Production(settings);

        Assert.Equal(HttpStatusCode.OK, (await site.CreateClient().GetAsync("/")).StatusCode);
        Assert.DoesNotContain(site.Errors.Warnings, w => w.StartsWith("Cms:Transport:AllowPlaintext", StringComparison.Ordinal));
    }

    /// <summary>
    /// The real test database, named by this machine's host name (not loopback as written, so the guard applies): clear
    /// text is refused; the switch lets it start. The test server's certificate names only localhost, so a verified
    /// remote start is shown on parsed settings below, and a verified start on localhost runs for real.
    /// </summary>
    [Fact]
    public async Task ADatabaseReachedWithoutCertificateChecksStopsAProductionStartAndTheSwitchLetsItStart()
    {
        var database = new NpgsqlConnectionStringBuilder(TestPostgres.CreateDatabase()) { Host = Dns.GetHostName(), SslMode = SslMode.Require }.ToString();
        var settings = new Dictionary<string, string> { ["Cms:Database:Provider"] = "PostgreSQL" };
        await using (var site = Production(settings, database))
        {
            var refused = StartFailure.Messages(Assert.ThrowsAny<Exception>(() => site.Services.GetRequiredService<IServiceProvider>()));
            Assert.Contains($"ConnectionStrings:Cms reaches {Dns.GetHostName()} with SSL Mode=Require, which does not check the server's certificate (or allows clear text): add SSL Mode=VerifyFull", refused, StringComparison.Ordinal);
            Assert.Contains("set Cms:Transport:AllowPlaintext:Database=true", refused, StringComparison.Ordinal);
        }

        // Refused before the first connection: no migration ran (its credentials never crossed the network either).
        await using (var connection = new NpgsqlConnection(database))
        {
            await connection.OpenAsync();
            await using var tables = new NpgsqlCommand("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'", connection);
            Assert.Equal(0L, (long)(await tables.ExecuteScalarAsync())!);
        }

        settings["Cms:Transport:AllowPlaintext:Database"] = "true";
        await using var allowed = Production(settings, database);
        Assert.Equal(HttpStatusCode.OK, (await allowed.CreateClient().GetAsync("/")).StatusCode);
        Assert.Contains(allowed.Errors.Warnings, w => w.StartsWith("Cms:Transport:AllowPlaintext:Database is on", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AProductionStartOverVerifiedTlsToTheTestDatabaseWorks()
    {
        const string ca = "/etc/ssl/certs/ssl-cert-snakeoil.pem"; // Debian's PostgreSQL serves this self-signed certificate (CN=localhost)
        Assert.True(File.Exists(ca), "The test PostgreSQL is expected to have TLS on with Debian's snake-oil certificate.");
        var database = new NpgsqlConnectionStringBuilder(TestPostgres.CreateDatabase()) { Host = "localhost", SslMode = SslMode.VerifyFull, RootCertificate = ca }.ToString();
        await using var site = Production(new Dictionary<string, string> { ["Cms:Database:Provider"] = "PostgreSQL" }, database);

        Assert.Equal(HttpStatusCode.OK, (await site.CreateClient().GetAsync("/")).StatusCode);
        await using var db = site.Services.GetRequiredService<CmsDatabase>().CreateContext();
        var connection = (NpgsqlConnection)Microsoft.EntityFrameworkCore.RelationalDatabaseFacadeExtensions.GetDbConnection(db.Database);
        await connection.OpenAsync();
        await using var ssl = new NpgsqlCommand("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()", connection);
        Assert.True((bool)(await ssl.ExecuteScalarAsync())!);
    }

    [Theory]
    [InlineData("Host=db.example.fi;SSL Mode=VerifyFull;Root Certificate=/etc/ca.pem", null)]
    [InlineData("Host=db.example.fi;SSL Mode=VerifyCA", null)]
    [InlineData("Host=/var/run/postgresql", null)]
    [InlineData("Host=127.0.0.1:5433", null)]
    [InlineData("Host=localhost,[::1]", null)]
    [InlineData("Host=db.example.fi", "ConnectionStrings:Cms reaches db.example.fi with SSL Mode=Prefer")]
    [InlineData("Host=localhost,db2.example.fi:5432;SSL Mode=Require", "ConnectionStrings:Cms reaches db2.example.fi with SSL Mode=Require")]
    [InlineData("Host=10.1.2.3;SSL Mode=Disable", "ConnectionStrings:Cms reaches 10.1.2.3 with SSL Mode=Disable")]
    public void TheDatabaseCheckReadsHostsAndSslModeFromTheConnectionString(string connectionString, string? expected)
    {
        var options = Options.Create(new DatabaseOptions { Provider = DatabaseProvider.PostgreSQL, ConnectionString = connectionString });
        var found = new DatabaseTransportCheck(options).Find().ToList();
        if (expected is null)
        {
            Assert.Empty(found);
        }
        else
        {
            Assert.StartsWith(expected, Assert.Single(found).Problem, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task InProductionAnHttpWebhookIsRefusedWhenSavedAndWhenSentUnlessAllowed()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        var settings = new Dictionary<string, string> { ["Forms:Webhooks:Secret"] = "testisalaisuus-0123456789", ["Forms:Webhooks:AllowedInternalHosts:0"] = "127.0.0.1" };
        var form = TestForms.Form("plainhook", [TestForms.Field("name", FieldTypes.ShortAnswer)], TestForms.Workflow(WorkflowTypes.PostToUrl, WorkflowStage.Submit, ("url", receiver.Url.ToString())));
        Assert.Equal("http", receiver.Url.Scheme);
        await using (var site = Production(settings))
        {
            var errors = site.Services.GetRequiredService<FormChecks>().Check(form);
            Assert.Contains("https://", errors[BuilderKeys.Workflow(form.Workflows[0].Id, "url")], StringComparison.Ordinal);

            // A form stored before (or around the builder) is refused again at send time; the entry stays.
            await site.SaveFormAsync(form);
            await site.SubmitAsync(form.Id, new() { ["name"] = ["Selväteksti"] });
            await site.SettleAsync();
            var failing = Assert.Single(await site.Services.GetRequiredService<WorkflowStatus>().FailingAsync(take: 10));
            Assert.StartsWith($"The webhook address {receiver.Url.GetLeftPart(UriPartial.Authority)} is plain http://", failing.LastError, StringComparison.Ordinal);
            Assert.Empty(receiver.Posts);
        }

        settings["Cms:Transport:AllowPlaintext:Webhooks"] = "true";
        await using var allowed = Production(settings);
        Assert.DoesNotContain(BuilderKeys.Workflow(form.Workflows[0].Id, "url"), allowed.Services.GetRequiredService<FormChecks>().Check(form).Keys);
        await allowed.SaveFormAsync(form);
        await allowed.SubmitAsync(form.Id, new() { ["name"] = ["Selväteksti"] });
        await allowed.SettleAsync();
        Assert.Single(receiver.Posts);
        Assert.Contains(allowed.Errors.Warnings, w => w.StartsWith("Cms:Transport:AllowPlaintext:Webhooks is on", StringComparison.Ordinal));
    }

    // The factory's "Testing" is a setting like any other: set last, this one wins.
    /// <summary>
    /// The engine's migrations begin before the host checks its options (beside the pipeline's building); a refused start
    /// must still open no connection. A listener on this machine's own address stands in for the database server and
    /// counts who knocks.
    /// </summary>
    [Fact]
    public async Task ARefusedStartNeverConnectsToTheDatabaseEvenAfterTheRefusal()
    {
        using var listener = new System.Net.Sockets.TcpListener(IPAddress.Any, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        var knocks = 0;
        var counting = Task.Run(async () =>
        {
            while (true)
            {
                using var client = await listener.AcceptTcpClientAsync();
                Interlocked.Increment(ref knocks);
            }
        });
        var database = $"Host={Dns.GetHostName()};Port={port};Database=participation;Username=site;Password=salasana;SSL Mode=Require;Timeout=2";

        await using (var site = Production(new Dictionary<string, string> { ["Cms:Database:Provider"] = "PostgreSQL" }, database))
        {
            var refused = StartFailure.Messages(Assert.ThrowsAny<Exception>(() => site.Services.GetRequiredService<IServiceProvider>()));
            Assert.Contains("add SSL Mode=VerifyFull", refused, StringComparison.Ordinal);
            await Task.Delay(TimeSpan.FromSeconds(3)); // what was begun before the refusal has had time to connect
        }

        Assert.Equal(0, Volatile.Read(ref knocks));
        Assert.False(counting.IsFaulted);
    }

    private static SiteFactory Production(IReadOnlyDictionary<string, string> settings, string? postgres = null) =>
        new() { Settings = new Dictionary<string, string>(settings) { ["environment"] = "Production" }, PostgresConnectionString = postgres };
}
