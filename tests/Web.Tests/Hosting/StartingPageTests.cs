using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Participation.Cms.DataPackage;
using Participation.Cms.Hosting;
using Participation.Cms.Notifications;
using Participation.Web.Tests.Infrastructure;

namespace Participation.Web.Tests.Hosting;

/// <summary>
/// While the first import runs the site answers every request at once: 503, Retry-After, a short page. While a restart
/// loads its snapshot, a request waits and gets the page.
/// </summary>
public sealed class StartingPageTests : IAsyncLifetime
{
    private readonly SiteFactory site = new() { WaitUntilReady = false };
    private readonly HeldImport held = new();

    [Fact]
    public async Task WhileTheFirstImportRunsPagesAndApisAnswer503WithRetryAfterThenTheSiteOnceItIsDone()
    {
        var app = site.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<IDataPackagePart>(held)));
        using var client = app.CreateClient();
        await held.Started.Task.WaitAsync(TimeSpan.FromMinutes(1));

        using var page = await client.GetAsync("/");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, page.StatusCode);
        Assert.True(page.Headers.RetryAfter?.Delta > TimeSpan.Zero);
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        var html = await page.Content.ReadAsStringAsync();
        Assert.Contains("Sivusto käynnistyy", html);
        Assert.Contains("The site is starting", html);
        Assert.Contains("default-src 'self'", page.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Equal("nosniff", page.Headers.GetValues("X-Content-Type-Options").Single());

        foreach (var api in new[] { "/umbraco/delivery/api/v2/content", "/api/directory?q=kylä" })
        {
            using var response = await client.GetAsync(api);
            Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
            Assert.NotNull(response.Headers.RetryAfter);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
            Assert.Equal(503, problem.RootElement.GetProperty("status").GetInt32());
        }

        held.Release.SetResult();
        await app.Services.GetRequiredService<CmsReadiness>().WhenReady.WaitAsync(TimeSpan.FromMinutes(2));
        using var ready = await client.GetAsync("/");
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
    }

    [Fact]
    public async Task ARequestDuringARestartsSnapshotLoadWaitsForTheSiteInsteadOf503()
    {
        var folder = Path.Combine(Path.GetTempPath(), "participation-web-tests", Guid.NewGuid().ToString("N"));
        var database = Path.Combine(folder, "site.db");
        await using (var first = new SiteFactory { DatabaseFile = database })
        {
            using var client1 = first.CreateClient(); // started, imported, ready
        }

        var loading = new HeldLoad();
        await using var restarted = new SiteFactory { DatabaseFile = database, WaitUntilReady = false };
        var app = restarted.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<IStartFromSnapshot>(loading)));
        using var client = app.CreateClient();
        await loading.Started.Task.WaitAsync(TimeSpan.FromMinutes(1));

        var page = client.GetAsync("/");
        await Task.Delay(TimeSpan.FromMilliseconds(500));
        Assert.False(page.IsCompleted, "the request was answered before the snapshot was loaded");
        Assert.False(app.Services.GetRequiredService<CmsReadiness>().IsReady);

        loading.Release.SetResult();
        using var answer = await page.WaitAsync(TimeSpan.FromMinutes(1));
        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        Assert.Contains("<main", await answer.Content.ReadAsStringAsync());
        await app.DisposeAsync();
        Directory.Delete(folder, recursive: true);
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        held.Release.TrySetResult();
        await site.DisposeAsync();
    }

    /// <summary>Node-local state that takes as long to start from the snapshot as the test wants.</summary>
    private sealed class HeldLoad : IStartFromSnapshot
    {
        public TaskCompletionSource Started { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public TaskCompletionSource Release { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public async Task StartAsync(CancellationToken cancellationToken)
        {
            Started.TrySetResult();
            await Release.Task.WaitAsync(cancellationToken);
        }
    }

    /// <summary>A part of the package that waits for the test: the import is in progress for as long as the test wants.</summary>
    private sealed class HeldImport : IDataPackagePart
    {
        public TaskCompletionSource Started { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public TaskCompletionSource Release { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public int Order => 5;

        public async Task ImportAsync(DataPackageContext context, CancellationToken cancellationToken)
        {
            Started.TrySetResult();
            await Release.Task.WaitAsync(cancellationToken);
        }

        public Task ExportAsync(string directory, CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
