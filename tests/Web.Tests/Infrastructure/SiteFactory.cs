using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
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

    public string ConnectionString => PostgresConnectionString
        ?? new SqliteConnectionStringBuilder { DataSource = Path.Combine(folder, "site.db"), DefaultTimeout = 30 }.ToString();

    /// <summary>Where media files live; several nodes share one folder as they would share a disk.</summary>
    public string MediaFolder { get => field ?? Path.Combine(folder, "media"); init; }

    public PublishedSnapshot Snapshot => Services.GetRequiredService<PublishedSnapshotService>().Current;

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
        builder.UseSetting("Forms:UploadsFolder", Path.Combine(folder, "form-uploads"));
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        builder.ConfigureServices(services => services.AddSingleton<TimeProvider>(Clock));
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
