using System.Net;
using Participation.Web.Tests.Backoffice;
using Participation.Web.Tests.Infrastructure;

namespace Participation.Web.Tests.Security;

/// <summary>Forwarded addresses are believed from the configured proxies only; none by default, loopback included.</summary>
public sealed class TrustedProxyTests : IAsyncLifetime
{
    private readonly SiteFactory site = new()
    {
        Settings = new Dictionary<string, string>
        {
            ["Cms:ForwardedHeaders:KnownProxies:0"] = "10.0.0.5",
            ["Cms:Limits:SignInFailuresPerClient"] = "3",
        },
    };

    [Fact]
    public async Task BehindAConfiguredProxyClientsAreToldApartByTheAddressItForwards()
    {
        Assert.Equal(HttpStatusCode.TooManyRequests, await SignInFourTimesAsync("10.0.0.5", "203.0.113.1"));

        Assert.Equal(HttpStatusCode.OK, (await TryAsync("10.0.0.5", "203.0.113.2")).StatusCode);
    }

    [Theory]
    [InlineData("10.0.0.6")]
    [InlineData("127.0.0.1")]
    public async Task AForwardedAddressFromAnyOtherPeerIsIgnored(string peer)
    {
        Assert.Equal(HttpStatusCode.TooManyRequests, await SignInFourTimesAsync(peer, "203.0.113.3"));

        Assert.Equal(HttpStatusCode.TooManyRequests, (await TryAsync(peer, "203.0.113.4")).StatusCode);
    }

    [Theory]
    [InlineData("10.0.0.5", true)]
    [InlineData("10.0.0.6", false)]
    public async Task HttpsEndedAtTheConfiguredProxyStillGivesPrefixedCookies(string peer, bool prefixed)
    {
        var client = BackofficeSession.NewClient(site);
        client.DefaultRequestHeaders.Add(TestClientAddress.Header, peer);
        client.DefaultRequestHeaders.Add("X-Forwarded-Proto", "https");

        var login = await client.GetAsync("/umbraco/login");

        var cookie = Assert.Single(login.Headers.GetValues("Set-Cookie"), c => c.Contains("Participation.Antiforgery", StringComparison.Ordinal));
        Assert.Equal(prefixed, cookie.StartsWith("__Host-", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AMistypedProxyStopsTheHostAtStart()
    {
        await using var mistyped = new SiteFactory { Settings = new Dictionary<string, string> { ["Cms:ForwardedHeaders:KnownNetworks:0"] = "10.0.0.0/99" } };

        var error = Assert.ThrowsAny<Exception>(() => mistyped.CreateClient());

        Assert.Contains("10.0.0.0/99", error.ToString(), StringComparison.Ordinal);
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await site.DisposeAsync();

    private async Task<HttpStatusCode> SignInFourTimesAsync(string peer, string forwardedFor)
    {
        var status = HttpStatusCode.OK;
        for (var i = 0; i < 4; i++)
        {
            status = (await TryAsync(peer, forwardedFor)).StatusCode;
        }

        return status;
    }

    private async Task<HttpResponseMessage> TryAsync(string peer, string forwardedFor)
    {
        var client = BackofficeSession.NewClient(site);
        client.DefaultRequestHeaders.Add(TestClientAddress.Header, peer);
        client.DefaultRequestHeaders.Add("X-Forwarded-For", forwardedFor);
        return await new BackofficeSession(client).PostFormAsync("/umbraco/login", new() { ["userName"] = "joku-" + Guid.NewGuid().ToString("N")[..6], ["password"] = "Kesä2026!" });
    }
}
