using System.Net;
using System.Text.Json;
using AngleSharp.Html.Parser;
using Participation.Web.Tests.Infrastructure;

namespace Participation.Web.Tests.PublicSite;

/// <summary>The site has an icon and a web app manifest, and contact addresses wrap at their @ and dots on a narrow card.</summary>
public sealed class SiteIdentityTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    [Fact]
    public async Task EveryPageLinksAnIconAndAManifestThatAnswer()
    {
        using var client = site.CreateClient();
        var head = new HtmlParser().ParseDocument(await client.GetStringAsync("/")).Head!;
        var icon = head.QuerySelector("link[rel=icon]")!.GetAttribute("href")!;
        var manifest = head.QuerySelector("link[rel=manifest]")!.GetAttribute("href")!;

        var iconResponse = await client.GetAsync(icon);
        var manifestResponse = await client.GetAsync(manifest);

        Assert.Equal(HttpStatusCode.OK, iconResponse.StatusCode);
        Assert.Equal("image/svg+xml", iconResponse.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.OK, manifestResponse.StatusCode);
        using var json = JsonDocument.Parse(await manifestResponse.Content.ReadAsStringAsync());
        Assert.Equal(icon, json.RootElement.GetProperty("icons")[0].GetProperty("src").GetString());
    }

    [Theory]
    [InlineData("/", "Osallisuusverkko", "fi", "/")]
    [InlineData("/sv/", "Delaktighetsnätet", "sv", "/sv/")]
    [InlineData("/en/", "Participation Network", "en", "/en/")]
    public async Task TheManifestNamesTheSiteAsItsHomeNodeDoesInThePagesLanguage(string page, string name, string lang, string start)
    {
        using var client = site.CreateClient();
        var head = new HtmlParser().ParseDocument(await client.GetStringAsync(page)).Head!;
        var manifest = head.QuerySelector("link[rel=manifest]")!.GetAttribute("href")!;

        using var response = await client.GetAsync(manifest);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal("application/manifest+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(name, json.RootElement.GetProperty("name").GetString());
        Assert.Equal(lang, json.RootElement.GetProperty("lang").GetString());
        Assert.Equal(start, json.RootElement.GetProperty("start_url").GetString());
        Assert.Equal(site.Snapshot.Home!.Value<string>("siteName", lang), json.RootElement.GetProperty("name").GetString());
    }

    [Fact]
    public async Task AnAssociationsAddressWrapsAfterTheAtAndBeforeDots()
    {
        var association = site.Snapshot.OfType("association").First(a => a.Url("fi") is not null && a.Value<string>("email", "fi") is { Length: > 0 });
        var email = association.Value<string>("email", "fi")!;
        using var client = site.CreateClient();

        var page = new HtmlParser().ParseDocument(await client.GetStringAsync(association.Url("fi")));

        var link = page.QuerySelector($"a.email[href='mailto:{email}']")!;
        Assert.Equal(email, link.TextContent);
        Assert.Equal(email.Count(c => c is '@' or '.'), link.QuerySelectorAll("wbr").Length);
    }
}
