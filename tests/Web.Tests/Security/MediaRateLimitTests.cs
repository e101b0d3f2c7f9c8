using System.Net;
using Participation.Web.Tests.Infrastructure;

namespace Participation.Web.Tests.Security;

/// <summary>The media endpoint counts requests per client, and apart from them the new sizes (each a decode) a client causes.</summary>
public sealed class MediaRateLimitTests : IAsyncLifetime
{
    private readonly SiteFactory site = new()
    {
        Settings = new Dictionary<string, string>
        {
            ["Cms:Limits:MediaRequestsPerClientPerMinute"] = "8",
            ["Cms:Limits:MediaVariantsPerClientPerMinute"] = "3",
        },
    };

    [Fact]
    public async Task AClientMakesOnlySoManyNewSizesAndRequestsAMinuteAndOthersAreNotHeldBack()
    {
        var image = site.Snapshot.Media(site.Snapshot.Home!, "heroImage", "fi")[0];
        var client = Client("203.0.113.20");
        foreach (var width in new[] { 64, 128, 240 })
        {
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"{image.Url}?width={width}")).StatusCode);
        }

        var fourthSize = await client.GetAsync($"{image.Url}?width=320");
        Assert.Equal(HttpStatusCode.TooManyRequests, fourthSize.StatusCode);
        Assert.Equal("application/problem+json", fourthSize.Content.Headers.ContentType?.MediaType);
        Assert.Contains("try again in a minute", await fourthSize.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal("60", fourthSize.Headers.RetryAfter?.ToString());

        // Sizes already made still come (requests 5 to 8), until the client's requests run out too.
        for (var i = 0; i < 4; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"{image.Url}?width=64")).StatusCode);
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, (await client.GetAsync(image.Url)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Client("198.51.100.40").GetAsync($"{image.Url}?width=320")).StatusCode);
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await site.DisposeAsync();

    private HttpClient Client(string address)
    {
        var client = site.CreateClient();
        client.DefaultRequestHeaders.Add(TestClientAddress.Header, address);
        return client;
    }
}
