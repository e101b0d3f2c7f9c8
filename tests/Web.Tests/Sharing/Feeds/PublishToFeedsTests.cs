using Participation.Web.Tests.Infrastructure;

namespace Participation.Web.Tests.Sharing.Feeds;

/// <summary>A publish shows in the (cached) feeds and sitemap at once, and an unpublish takes the item out of them at once.</summary>
public sealed class PublishToFeedsTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    [Fact]
    public async Task ANewlyPublishedArticleIsInTheFeedsAndSitemapAtOnceAndGoneOnceUnpublished()
    {
        var client = site.CreateClient();
        // Fill the caches first, so the test shows eviction, not a first build.
        await client.GetAsync("/feeds/news.rss");
        await client.GetAsync("/feeds/news.atom");
        await client.GetAsync("/sitemap.xml");

        var key = await site.PublishArticleAsync("Juuri julkaistu jaettava uutinen", "Tuore tiivistelmä.");
        var url = "http://localhost:5080" + site.Snapshot.GetByKey(key)!.Url("fi");

        Assert.Contains(await Titles(client, "/feeds/news.rss"), t => t == "Juuri julkaistu jaettava uutinen");
        Assert.Contains(await Titles(client, "/feeds/news.atom"), t => t == "Juuri julkaistu jaettava uutinen");
        Assert.Contains(url, await Locations(client));

        await site.Content().UnpublishAsync(key, null, "testi");

        Assert.DoesNotContain(await Titles(client, "/feeds/news.rss"), t => t == "Juuri julkaistu jaettava uutinen");
        Assert.DoesNotContain(await Titles(client, "/feeds/news.atom"), t => t == "Juuri julkaistu jaettava uutinen");
        Assert.DoesNotContain(url, await Locations(client));
    }

    [Fact]
    public async Task ADraftNeverReachesAFeedOrTheSitemap()
    {
        var client = site.CreateClient();
        var key = await site.PublishArticleAsync("Luonnos jota ei jaeta", "Ei julki.", publish: false);

        Assert.DoesNotContain(await Titles(client, "/feeds/news.rss"), t => t == "Luonnos jota ei jaeta");
        Assert.DoesNotContain("luonnos-jota-ei-jaeta", await client.GetStringAsync("/sitemap.xml"));
        Assert.Null(site.Snapshot.GetByKey(key));
    }

    private static async Task<List<string>> Titles(HttpClient client, string path) =>
        (await ArticleFeedTests.ReadAsync(await client.GetAsync(path))).Items.Select(i => i.Title.Text).ToList();

    private static async Task<List<string>> Locations(HttpClient client) =>
        (await SitemapTests.LoadAsync(client, "/sitemap.xml")).Root!.Elements(SitemapTests.Ns + "url").Select(u => u.Element(SitemapTests.Ns + "loc")!.Value).ToList();
}
