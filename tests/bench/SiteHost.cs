using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Participation.Cms.Hosting;

namespace Participation.Bench;

/// <summary>The real site in-process on a temporary SQLite file (or a given database), filled from umbraco-data/ on start.</summary>
internal sealed class SiteHost(string provider = "Sqlite", string? connectionString = null, IReadOnlyDictionary<string, string>? settings = null) : WebApplicationFactory<Program>
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "participation-bench", Guid.NewGuid().ToString("N"));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        Directory.CreateDirectory(folder);
        builder.UseContentRoot(Path.Combine(RepositoryRoot(), "src", "Web"));
        builder.UseEnvironment("Production");
        builder.UseSetting("Cms:Database:Provider", provider);
        builder.UseSetting("ConnectionStrings:Cms", connectionString ?? $"Data Source={Path.Combine(folder, "bench.db")};Default Timeout=30");
        builder.UseSetting("Cms:Media:Folder", Path.Combine(folder, "media"));
        builder.UseSetting("Cms:Media:CacheFolder", Path.Combine(folder, "cache"));
        builder.UseSetting("Cms:Search:Folder", Path.Combine(folder, "search"));
        builder.UseSetting("Forms:UploadsFolder", Path.Combine(folder, "form-uploads"));
        builder.UseSetting("Forms:Mail:PickupFolder", Path.Combine(folder, "mail"));
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        // The in-process test server cannot cap request bodies; the upload pages' limit says so on every request.
        builder.UseSetting("Logging:LogLevel:Microsoft.AspNetCore.Mvc.Filters.RequestSizeLimitFilter", "Error");
        builder.UseSetting("Logging:LogLevel:Microsoft.AspNetCore.Routing.EndpointRoutingMiddleware", "Error");
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            builder.UseSetting(key, value);
        }
    }

    /// <summary>Returns once the first import is done: the benches measure the site, not its 503 while it imports.</summary>
    protected override IHost CreateHost(IHostBuilder builder)
    {
        var host = base.CreateHost(builder);
        host.Services.GetRequiredService<CmsReadiness>().WhenReady.GetAwaiter().GetResult();
        return host;
    }

    public static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Participation.Site.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Run the benchmarks from inside the repository.");
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
