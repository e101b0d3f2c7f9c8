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
        var path = site.Snapshot.GetByKey(key)!.Url("fi")!;
        var url = "http://localhost:5080" + path;

        Assert.Contains(await Titles(client, "/feeds/news.rss"), t => t == "Juuri julkaistu jaettava uutinen");
        Assert.Contains(await Titles(client, "/feeds/news.atom"), t => t == "Juuri julkaistu jaettava uutinen");
        Assert.Contains(url, await Locations(client));
        var image = new Uri(HeadDocument.Parse(await client.GetStringAsync(path)).Meta("og:image")!).PathAndQuery;
        var drawn = await client.GetByteArrayAsync(image);
        using (var bitmap = SkiaSharp.SKBitmap.Decode(drawn))
        {
            Assert.Equal((1200, 630), (bitmap.Width, bitmap.Height));
        }

        // A change of title is a new version: a new image address, drawn anew.
        var document = new Participation.Cms.Content.ContentDocument { Values = { ["publishDate"] = site.Clock.Now.AddHours(-1).ToString("O") } };
        document.Cultures["fi"] = new() { Name = "Juuri julkaistu jaettava uutinen, korjattu", Segment = site.Snapshot.GetByKey(key)!.Cultures["fi"].Segment, Values = { ["summary"] = "Tuore tiivistelmä.", ["body"] = "<p>Teksti.</p>" } };
        await site.Content().SaveAsync(key, document, "testi");
        await site.Content().PublishAsync(key, null, "testi");
        var changed = new Uri(HeadDocument.Parse(await client.GetStringAsync(path)).Meta("og:image")!).PathAndQuery;
        Assert.NotEqual(image, changed);
        Assert.NotEqual(drawn, await client.GetByteArrayAsync(changed));

        await site.Content().UnpublishAsync(key, null, "testi");
        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await client.GetAsync(changed)).StatusCode);

        Assert.DoesNotContain(await Titles(client, "/feeds/news.rss"), t => t == "Juuri julkaistu jaettava uutinen, korjattu");
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
