using System.Net;
using System.Xml.Linq;
using Participation.Web.Tests.Infrastructure;

namespace Participation.Web.Tests.Sharing.Feeds;

/// <summary>The sitemap as a search engine reads it: every page in every language, with alternates and last change; robots.txt names it.</summary>
public sealed class SitemapTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    internal static readonly XNamespace Ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static readonly XNamespace Xhtml = "http://www.w3.org/1999/xhtml";

    [Fact]
    public async Task EveryPublishedPageIsListedInEveryLanguageWithItsAlternates()
    {
        var urls = (await LoadAsync(site.CreateClient(), "/sitemap.xml")).Root!.Elements(Ns + "url").ToDictionary(u => u.Element(Ns + "loc")!.Value);

        var home = site.Snapshot.Home!;
        foreach (var type in new[] { "home", "newsArticle", "blogPost", "association", "partnershipTable", "page" })
        {
            foreach (var item in site.Snapshot.OfType(type))
            {
                foreach (var culture in item.Cultures.Values.Where(c => c.Url is not null))
                {
                    Assert.True(urls.ContainsKey("http://localhost:5080" + culture.Url), $"{culture.Url} is missing");
                }
            }
        }

        var entry = urls["http://localhost:5080" + home.Url("sv")];
        var alternates = entry.Elements(Xhtml + "link").ToDictionary(l => l.Attribute("hreflang")!.Value, l => l.Attribute("href")!.Value);
        Assert.Equal("http://localhost:5080/", alternates["fi"]);
        Assert.Equal("http://localhost:5080/", alternates["x-default"]);
        Assert.Equal("http://localhost:5080" + home.Url("en"), alternates["en"]);
        Assert.All(urls.Values, u => Assert.True(DateTimeOffset.TryParse(u.Element(Ns + "lastmod")!.Value, out _)));
    }

    [Fact]
    public async Task RobotsNamesTheSitemapAndKeepsCrawlersOutOfTheBackoffice()
    {
        var robots = await site.CreateClient().GetStringAsync("/robots.txt");
        Assert.Contains("Sitemap: http://localhost:5080/sitemap.xml", robots);
        Assert.Contains("Disallow: /umbraco/", robots);
    }

    internal static async Task<XDocument> LoadAsync(HttpClient client, string path)
    {
        var response = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return XDocument.Parse(await response.Content.ReadAsStringAsync());
    }
}

/// <summary>A site with more addresses than one sitemap file takes (here 10 a file) gets a sitemap index.</summary>
public sealed class SitemapIndexTests : IAsyncLifetime
{
    private readonly SiteFactory site = new() { Settings = new Dictionary<string, string> { ["Feeds:SitemapPageSize"] = "10" } };

    [Fact]
    public async Task PastTheLimitTheSitemapIsAnIndexOfFilesThatHoldEveryAddressOnce()
    {
        var client = site.CreateClient();
        var index = await SitemapTests.LoadAsync(client, "/sitemap.xml");
        Assert.Equal("sitemapindex", index.Root!.Name.LocalName);
        var files = index.Root.Elements(SitemapTests.Ns + "sitemap").Select(s => new Uri(s.Element(SitemapTests.Ns + "loc")!.Value).AbsolutePath).ToList();
        Assert.True(files.Count > 1);

        var all = new List<string>();
        foreach (var file in files)
        {
            var urls = (await SitemapTests.LoadAsync(client, file)).Root!.Elements(SitemapTests.Ns + "url").Select(u => u.Element(SitemapTests.Ns + "loc")!.Value).ToList();
            Assert.InRange(urls.Count, 1, 10);
            all.AddRange(urls);
        }

        var expected = site.Snapshot.All.Sum(i => i.Cultures.Values.Count(c => c.Url is not null));
        Assert.Equal(expected, all.Distinct().Count());
        Assert.Equal(all.Count, all.Distinct().Count());
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/sitemap-{files.Count + 1}.xml")).StatusCode);
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await site.DisposeAsync();
}
