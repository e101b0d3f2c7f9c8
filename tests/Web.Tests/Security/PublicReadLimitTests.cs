using System.Net;
using Participation.Web.Tests.Infrastructure;

namespace Participation.Web.Tests.Security;

/// <summary>ASVS 2.4.1: one client cannot spend the site on searches and API queries; others, media and static files go on.</summary>
public sealed class PublicReadLimitTests : IAsyncLifetime
{
    private readonly SiteFactory site = new() { Settings = new Dictionary<string, string> { ["Cms:Limits:PublicReadsPerClientPerMinute"] = "5" } };

    [Fact]
    public async Task AClientPastItsReadsPerMinuteIsToldToWaitAndOthersAreNot()
    {
        var client = site.CreateClient();
        var answers = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++)
        {
            answers.Add((await SendAsync(client, "10.1.1.1", $"/api/search/suggestions?q=talo{i}&culture=fi")).StatusCode);
        }

        var over = await SendAsync(client, "10.1.1.1", "/umbraco/delivery/api/v2/content?take=1");
        var stylesheet = await SendAsync(client, "10.1.1.1", "/css/site.css");
        var other = await SendAsync(client, "10.1.1.2", "/umbraco/delivery/api/v2/content?take=1");
        var ipv6 = await SendAsync(client, "2001:db8::1", "/haku/?q=talo");

        Assert.All(answers, a => Assert.Equal(HttpStatusCode.OK, a));
        Assert.Equal(HttpStatusCode.TooManyRequests, over.StatusCode);
        Assert.Equal("60", over.Headers.RetryAfter?.ToString());
        Assert.Equal("application/problem+json", over.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.OK, stylesheet.StatusCode);
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
        Assert.Equal(HttpStatusCode.OK, ipv6.StatusCode);
        // ASVS 16.3.3: the refusal is a security event (once per refused request, none for the served ones).
        Assert.Equal(["1006: Too many requests: user (anonymous) refused at GET /umbraco/delivery/api/v2/content"], site.Errors.SecurityEvents.Where(e => e.StartsWith("1006: ", StringComparison.Ordinal)));
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await site.DisposeAsync();

    private static Task<HttpResponseMessage> SendAsync(HttpClient client, string address, string url)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Add(TestClientAddress.Header, address);
        return client.SendAsync(request);
    }
}
