using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;

namespace Participation.Bench;

/// <summary>The machine's ceiling for a page: bare Kestrel answering fixed bytes from memory, no middleware at all.</summary>
internal sealed class RawKestrel : IAsyncDisposable
{
    private readonly WebApplication app;

    private RawKestrel(WebApplication app, string url)
    {
        this.app = app;
        Url = url;
    }

    public string Url { get; }

    public static async Task<RawKestrel> StartAsync(byte[] page, int port)
    {
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().UseUrls($"http://127.0.0.1:{port}");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        app.Run(async http =>
        {
            http.Response.ContentType = "text/html; charset=utf-8";
            http.Response.ContentLength = page.Length;
            await http.Response.Body.WriteAsync(page);
        });
        await app.StartAsync();
        return new RawKestrel(app, $"http://127.0.0.1:{port}/");
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
