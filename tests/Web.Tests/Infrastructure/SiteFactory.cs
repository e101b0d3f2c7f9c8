using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Participation.Cms.Hosting;
using Participation.Cms.Content;
using Participation.Cms.Persistence;
using Participation.Cms.PublishedCache;

namespace Participation.Web.Tests.Infrastructure;

/// <summary>
/// The real site on a temporary SQLite file, filled from umbraco-data/ as on a first start, with media in a
/// temporary folder and a clock the test controls. One instance per test class (xunit class fixture).
/// </summary>
public sealed class SiteFactory : WebApplicationFactory<Program>
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "participation-web-tests", Guid.NewGuid().ToString("N"));

    /// <summary>The site data to import on first start; the repository's umbraco-data/ unless a test sets another.</summary>
    public string? DataFolder { get; init; }

    /// <summary>A PostgreSQL database to run on (several nodes share one); a temporary SQLite file when null.</summary>
    public string? PostgresConnectionString { get; init; }

    public TestClock Clock { get; init; } = new(DateTimeOffset.UtcNow);

    /// <summary>The SQLite file when not on PostgreSQL; a node started after another on the same file finds its data.</summary>
    public string DatabaseFile { get => field ?? Path.Combine(folder, "site.db"); init; }

    public string ConnectionString => PostgresConnectionString
        ?? new SqliteConnectionStringBuilder { DataSource = DatabaseFile, DefaultTimeout = 30 }.ToString();

    /// <summary>Where media files live; several nodes share one folder as they would share a disk.</summary>
    public string MediaFolder { get => field ?? Path.Combine(folder, "media"); init; }

    /// <summary>This node's search indexes (never shared between nodes); a test may reuse one across restarts.</summary>
    public string SearchFolder { get => field ?? Path.Combine(folder, "search"); init; }

    /// <summary>Where form uploads are stored, outside any web root.</summary>
    public string FormUploadsFolder => Path.Combine(folder, "form-uploads");

    /// <summary>The pickup folder workflow mail is written to (the default mail transport).</summary>
    public string MailFolder { get => field ?? Path.Combine(folder, "mail"); init; }

    /// <summary>More configuration, e.g. <c>Forms:Mail:Transport</c>; applied last.</summary>
    public IReadOnlyDictionary<string, string> Settings { get; init; } = new Dictionary<string, string>();

    /// <summary>
    /// One key-encryption certificate for every host and process of a test run, as a cluster's nodes share one:
    /// nodes on one database must read each other's data-protection keys.
    /// </summary>
    public static string SharedKeyFolder { get; } = Path.Combine(Path.GetTempPath(), "participation-web-tests", "keys");

    /// <summary>
    /// Whether creating the host waits until the site is ready (its first import done), so no test meets the 503 that
    /// the site answers meanwhile; the tests of that answer turn it off.
    /// </summary>
    public bool WaitUntilReady { get; init; } = true;

    /// <summary>Another logger, for a test that reads what the site writes at the levels its own filters let through.</summary>
    public ILoggerProvider? MoreLogging { get; init; }

    /// <summary>Registrations over the site's own, for a test that must stand in for something outside the machine.</summary>
    public Action<IServiceCollection>? ReplaceServices { get; init; }

    /// <summary>Everything the site logged at Error or above while the test ran.</summary>
    public ErrorLog Errors { get; } = new();

    public PublishedSnapshot Snapshot => Services.GetRequiredService<PublishedSnapshotService>().Current;

    /// <summary>An item's draft as stored, read from the database (not through the services under test).</summary>
    public async Task<ContentDocument> DraftAsync(Guid key)
    {
        await using var db = Services.GetRequiredService<CmsDatabase>().CreateContext();
        var json = await db.Nodes.Where(n => n.Key == key).Join(db.Versions, n => n.DraftVersionId, v => v.Id, (n, v) => v.Document).SingleAsync();
        return ContentDocument.Parse(json);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        Directory.CreateDirectory(folder);
        builder.UseEnvironment("Testing");
        builder.UseSetting("ConnectionStrings:Cms", ConnectionString);
        builder.UseSetting("Cms:Database:Provider", PostgresConnectionString is null ? "Sqlite" : "PostgreSQL");
        builder.UseSetting("Cms:Media:Folder", MediaFolder);
        if (DataFolder is not null)
        {
            builder.UseSetting("Cms:DataFolder", DataFolder);
        }

        builder.UseSetting("Cms:Media:CacheFolder", Path.Combine(folder, "cache"));
        builder.UseSetting("Cms:DataProtection:CertificateFolder", SharedKeyFolder);
        builder.UseSetting("Cms:Search:Folder", SearchFolder);
        builder.UseSetting("Forms:UploadsFolder", FormUploadsFolder);
        builder.UseSetting("Forms:Mail:PickupFolder", MailFolder);

        // Every test client shares one address here; the limit per client has its own test.
        builder.UseSetting("Forms:PostsPerMinute", "10000");
        builder.UseSetting("Cms:Limits:SignInFailuresPerClient", "10000");
        builder.UseSetting("Cms:Limits:MediaRequestsPerClientPerMinute", "100000");
        builder.UseSetting("Cms:Limits:MediaVariantsPerClientPerMinute", "100000");
        builder.UseSetting("Cms:Limits:PublicReadsPerClientPerMinute", "1000000");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureServices(services =>
        {
            services.AddSingleton<TimeProvider>(Clock);
            services.AddSingleton<IStartupFilter, TestClientAddress>();
            services.AddSingleton<ILoggerProvider>(Errors);
            if (MoreLogging is not null)
            {
                services.AddSingleton(MoreLogging);
            }

            services.Configure<LoggerFilterOptions>(o => o.AddFilter<ErrorLog>(null, LogLevel.Information)); // security events are Information
        });
        if (ReplaceServices is not null)
        {
            builder.ConfigureTestServices(ReplaceServices);
        }
    }

    protected override IHost CreateHost(IHostBuilder builder)
    {
        var host = base.CreateHost(builder);
        if (WaitUntilReady)
        {
            host.Services.GetRequiredService<CmsReadiness>().WhenReady.GetAwaiter().GetResult();
        }

        return host;
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // a temp folder left behind is harmless
        }
    }
}
