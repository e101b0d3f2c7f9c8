using System.Net;
using System.Text.Json;
using AngleSharp.Html.Parser;
using Participation.Web.Tests.Infrastructure;

namespace Participation.Web.Tests.PublicSite;

/// <summary>The site has the icon its editors picked and a web app manifest, and contact addresses wrap at their @ and dots on a narrow card.</summary>
public sealed class SiteIdentityTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    [Theory]
    [InlineData("/")]
    [InlineData("/sv/")]
    [InlineData("/uutiset/")]
    public async Task EveryPageShowsTheHomeNodesIconInTheTabTheHeaderAndTheManifest(string path)
    {
        var icon = site.Snapshot.Media(site.Snapshot.Home!, "siteIcon", "fi").Single();
        using var client = site.CreateClient();
        var page = new HtmlParser().ParseDocument(await client.GetStringAsync(path));
        var tab = page.Head!.QuerySelector("link[rel=icon]")!;
        var mark = page.QuerySelector("header .site-name img.site-mark")!;
        var manifest = page.Head!.QuerySelector("link[rel=manifest]")!.GetAttribute("href")!;

        using var tabIcon = await client.GetAsync(tab.GetAttribute("href"));
        using var manifestResponse = await client.GetAsync(manifest);
        using var json = JsonDocument.Parse(await manifestResponse.Content.ReadAsStringAsync());
        var icons = json.RootElement.GetProperty("icons").EnumerateArray().ToList();

        Assert.Equal(icon.Resize(32), tab.GetAttribute("href"));
        Assert.Equal("32x32", tab.GetAttribute("sizes"));
        Assert.Equal(HttpStatusCode.OK, tabIcon.StatusCode);
        Assert.Equal("image/png", tabIcon.Content.Headers.ContentType?.MediaType);
        Assert.Equal(32, PngWidth(await tabIcon.Content.ReadAsByteArrayAsync()));
        Assert.StartsWith(icon.Url, mark.GetAttribute("src"));
        Assert.Equal("", mark.GetAttribute("alt"));
        Assert.Equal(HttpStatusCode.OK, manifestResponse.StatusCode);
        Assert.Contains(icons, i => i.GetProperty("src").GetString() == icon.Url && i.GetProperty("sizes").GetString() == $"{icon.Width}x{icon.Height}");
        Assert.Contains(icons, i => i.GetProperty("src").GetString() == icon.Resize(200) && i.GetProperty("sizes").GetString() == "200x200");
        foreach (var src in icons.Select(i => i.GetProperty("src").GetString()))
        {
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(src)).StatusCode);
        }
    }

    [Fact]
    public async Task TheBuiltInIconAnswersForSitesWhoseEditorsHaveNotPickedOne()
    {
        using var client = site.CreateClient();
        using var response = await client.GetAsync("/favicon.svg");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/svg+xml", response.Content.Headers.ContentType?.MediaType);
    }

    private static int PngWidth(byte[] png) => (png[16] << 24) | (png[17] << 16) | (png[18] << 8) | png[19];

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
        Assert.Equal(name, json.RootElement.GetProperty("short_name").GetString());
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
