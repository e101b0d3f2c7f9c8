using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Participation.Web.Tests.Forms;
using Participation.Web.Tests.Infrastructure;

namespace Participation.Web.Tests.Backoffice;

/// <summary>
/// ASVS 3.5.4: with <c>Cms:Backoffice:Host</c> set, the backoffice is on its own origin. The public host refuses its
/// pages, APIs and assets; the backoffice host serves no public page; the public APIs stay on the public host.
/// </summary>
public sealed class BackofficeHostTests
{
    private const string BackofficeHost = "hallinta.testikunta.fi";

    private static readonly string[] BackofficePaths =
        ["/umbraco", "/umbraco/login", "/umbraco/api/link-targets", "/_content/Participation.Cms/backoffice/backoffice.js"];

    [Fact]
    public async Task ThePublicHostAnswersNothingOfTheBackoffice()
    {
        await using var site = new SiteFactory { Settings = new Dictionary<string, string> { ["Cms:Backoffice:Host"] = BackofficeHost } };
        await using var oneHost = new SiteFactory(); // without the setting: today's one host for both
        using var browser = Browser(site, "http://localhost");
        using var before = Browser(oneHost, "http://localhost");

        foreach (var path in BackofficePaths)
        {
            Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync(path)).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await browser.PostAsync(path, new FormUrlEncodedContent([]))).StatusCode);
            Assert.NotEqual(HttpStatusCode.NotFound, (await before.GetAsync(path)).StatusCode);
        }
    }

    [Fact]
    public async Task EditorsSignInOnTheBackofficeHostAndResidentsUseThePublicOne()
    {
        await using var site = new SiteFactory { Settings = new Dictionary<string, string> { ["Cms:Backoffice:Host"] = BackofficeHost } };
        var admin = await BackofficeSession.CreateUserAsync(site, "Admin");
        var session = new BackofficeSession(Browser(site, $"http://{BackofficeHost}"));

        var signedIn = await session.PostFormAsync("/umbraco/login", new() { ["userName"] = admin, ["password"] = BackofficeSession.Password });

        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await session.Client.GetAsync("/umbraco")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await session.Client.GetAsync("/umbraco/api/link-targets")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await session.Client.GetAsync("/_content/Participation.Cms/backoffice/backoffice.js")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await session.Client.GetAsync("/css/site.css")).StatusCode); // the preview's pages use it
        Assert.Equal(HttpStatusCode.NotFound, (await session.Client.GetAsync("/")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await session.Client.GetAsync("/umbraco/delivery/api/v2/content")).StatusCode);

        using var resident = Browser(site, "http://localhost");
        Assert.Equal(HttpStatusCode.OK, (await resident.GetAsync("/")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await resident.GetAsync("/css/site.css")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await resident.GetAsync("/umbraco/delivery/api/v2/content")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await resident.GetAsync($"/umbraco/forms/delivery/api/v1/definitions/{SeededFormIds.EventRegistration}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await resident.GetAsync("/umbraco/swagger")).StatusCode);
    }

    private static HttpClient Browser(SiteFactory site, string origin) =>
        site.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri(origin), AllowAutoRedirect = false, HandleCookies = true });
}
