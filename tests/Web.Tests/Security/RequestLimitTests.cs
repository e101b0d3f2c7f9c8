using System.Net;
using System.Text;
using Participation.Web.Tests.Infrastructure;

namespace Participation.Web.Tests.Security;

/// <summary>
/// The sizes in <c>Cms:Limits</c> reach the real server (Kestrel, started as a process: the test host has no such
/// limits), and every request over one answers a 4xx, never a 500.
/// </summary>
public sealed class RequestLimitTests : IAsyncLifetime
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "participation-web-tests", Guid.NewGuid().ToString("N"));
    private SiteProcess site = null!;

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(folder);
        site = await SiteProcess.StartAsync(new Dictionary<string, string>
        {
            ["ConnectionStrings__Cms"] = $"Data Source={Path.Combine(folder, "site.db")};Default Timeout=30",
            ["Cms__Media__Folder"] = Path.Combine(folder, "media"),
            ["Cms__Media__CacheFolder"] = Path.Combine(folder, "cache"),
            ["Forms__UploadsFolder"] = Path.Combine(folder, "uploads"),
            ["Forms__Mail__PickupFolder"] = Path.Combine(folder, "mail"),
            ["Cms__Limits__MaxRequestBodyBytes"] = "65536",
            ["Cms__Limits__MaxRequestLineBytes"] = "4096",
            ["Cms__Limits__MaxRequestHeadersBytes"] = "16384",
        });
    }

    [Theory]
    [InlineData("/umbraco/login", "application/x-www-form-urlencoded")]
    [InlineData("/umbraco/forms/delivery/api/v1/entries/00000000-0000-4000-8300-000000000004", "application/json")]
    public async Task ABodyOverTheLimitIs413(string path, string contentType)
    {
        var text = contentType == "application/json" ? "{\"values\":{\"message\":[\"" + new string('a', 100_000) + "\"]}}" : "userName=" + new string('a', 100_000);
        using var body = new StringContent(text, Encoding.UTF8, contentType);

        var response = await site.Client.PostAsync(path, body);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task AQueryStringOverTheLimitIs414()
    {
        var response = await site.Client.GetAsync("/?q=" + new string('a', 6000));

        Assert.Equal(HttpStatusCode.RequestUriTooLong, response.StatusCode);
    }

    [Fact]
    public async Task HeadersOverTheLimitAre431()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/");
        request.Headers.Add("X-Padding", new string('a', 20_000));

        var response = await site.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestHeaderFieldsTooLarge, response.StatusCode);
    }

    public async Task DisposeAsync()
    {
        await site.DisposeAsync();
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
