using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Participation.Cms.Content;
using Participation.Cms.ContentTypes;
using Participation.Cms.Hosting;
using Participation.Cms.Persistence;
using Participation.Cms.PublishedCache;

namespace Participation.Cms.Tests.Infrastructure;

/// <summary>
/// The engine's services on a real database, without a web server: what a node runs, minus HTTP.
/// Each host gets its own empty database unless a connection string is shared (several nodes).
/// </summary>
public sealed class CmsTestHost : IAsyncDisposable
{
    private readonly WebApplication app;

    private CmsTestHost(WebApplication app, TestClock clock, string connectionString)
    {
        this.app = app;
        Clock = clock;
        ConnectionString = connectionString;
    }

    public TestClock Clock { get; }

    public string ConnectionString { get; }

    public IServiceProvider Services => app.Services;

    public ContentService Content => Services.GetRequiredService<ContentService>();

    public ContentTreeService Tree => Services.GetRequiredService<ContentTreeService>();

    public ContentTypeService ContentTypes => Services.GetRequiredService<ContentTypeService>();

    public PublishedSnapshot Snapshot => Services.GetRequiredService<PublishedSnapshotService>().Current;

    public static async Task<CmsTestHost> StartAsync(
        DatabaseProvider provider,
        string? connectionString = null,
        string? dataFolder = null,
        Action<WebApplicationBuilder>? configure = null)
    {
        connectionString ??= TestDatabases.Create(provider);
        var media = Path.Combine(Path.GetTempPath(), "participation-tests", Guid.NewGuid().ToString("N"));
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Testing", ContentRootPath = AppContext.BaseDirectory });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Cms:Database:Provider"] = provider.ToString(),
            ["ConnectionStrings:Cms"] = connectionString,
            ["Cms:ImportOnFirstStart"] = (dataFolder is not null).ToString(),
            ["Cms:DataFolder"] = dataFolder,
            ["Cms:Media:Folder"] = Path.Combine(media, "media"),
            ["Cms:Media:CacheFolder"] = Path.Combine(media, "cache"),
            ["Cms:Search:Folder"] = Path.Combine(media, "search"),
            ["Logging:LogLevel:Default"] = "Warning",
        });
        var clock = new TestClock();
        builder.Services.AddSingleton<TimeProvider>(clock);
        builder.AddCms();
        configure?.Invoke(builder);
        var app = builder.Build();
        await app.Services.GetRequiredService<CmsStartup>().InitializeAsync();
        return new CmsTestHost(app, clock, connectionString);
    }

    public async ValueTask DisposeAsync() => await app.DisposeAsync();
}
