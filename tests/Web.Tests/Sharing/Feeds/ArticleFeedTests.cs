using System.Net;
using System.ServiceModel.Syndication;
using System.Xml;
using Participation.Web.Tests.Infrastructure;

namespace Participation.Web.Tests.Sharing.Feeds;

/// <summary>News and blog feeds as a feed reader reads them: RSS 2.0 and Atom through .NET's own syndication parser.</summary>
public sealed class ArticleFeedTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    public static TheoryData<string, string, string> Feeds => new()
    {
        { "/feeds/news.rss", "newsArticle", "fi" },
        { "/feeds/news.atom", "newsArticle", "fi" },
        { "/feeds/blog.rss", "blogPost", "fi" },
        { "/feeds/blog.atom", "blogPost", "fi" },
        { "/sv/feeds/news.rss", "newsArticle", "sv" },
        { "/en/feeds/news.atom", "newsArticle", "en" },
    };

    [Theory, MemberData(nameof(Feeds))]
    public async Task AFeedHoldsTheListsArticlesNewestFirstWithAbsoluteLinks(string path, string itemType, string culture)
    {
        var response = await site.CreateClient().GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var feed = await ReadAsync(response);

        var published = site.Snapshot.OfType(itemType).Where(i => i.IsRoutable(culture)).ToList();
        Assert.NotEmpty(feed.Items);
        Assert.True(feed.Items.Count() <= published.Count);
        foreach (var item in feed.Items)
        {
            var link = Assert.Single(item.Links).Uri;
            Assert.True(link.IsAbsoluteUri);
            var article = Assert.Single(published, p => "http://localhost:5080" + p.Url(culture) == link.ToString());
            Assert.Equal(article.Name(culture), item.Title.Text);
        }

        var dates = feed.Items.Select(i => i.PublishDate).ToList();
        Assert.Equal(dates.OrderByDescending(d => d), dates);
        Assert.All(dates, d => Assert.Contains(d.Offset, new[] { TimeSpan.FromHours(2), TimeSpan.FromHours(3) }));
    }

    [Fact]
    public async Task ATagsFeedHoldsOnlyArticlesWithThatTag()
    {
        var tagged = site.Snapshot.OfType("newsArticle").First(a => a.Value<string[]>("tags", "fi") is { Length: > 0 });
        var tag = tagged.Value<string[]>("tags", "fi")![0];

        var feed = await ReadAsync(await site.CreateClient().GetAsync("/feeds/news.rss?tag=" + Uri.EscapeDataString(tag.ToUpperInvariant())));

        Assert.NotEmpty(feed.Items);
        Assert.All(feed.Items, i => Assert.Contains(i.Categories, c => string.Equals(c.Name, tag, StringComparison.OrdinalIgnoreCase)));
        Assert.Contains(feed.Items, i => i.Title.Text == tagged.Name("fi"));
    }

    [Fact]
    public async Task BadFeedRequestsAreProblemsNotErrors()
    {
        var client = site.CreateClient();
        foreach (var path in new[] { "/feeds/news.rss?tag=", "/feeds/news.rss?tag=a&tag=b", "/feeds/news.atom?tag=" + new string('x', 101) })
        {
            var response = await client.GetAsync(path);
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        }

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/feeds/news.rss?tag=ei-tallaista-aihetta")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/feeds/nothing.rss")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/feeds/news.json")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/de/feeds/news.rss")).StatusCode);
    }

    [Fact]
    public async Task AnUnchangedFeedAnswersNotModified()
    {
        var client = site.CreateClient();
        var first = await client.GetAsync("/feeds/blog.atom");
        var request = new HttpRequestMessage(HttpMethod.Get, "/feeds/blog.atom");
        request.Headers.TryAddWithoutValidation("If-None-Match", first.Headers.ETag!.Tag);

        Assert.Equal(HttpStatusCode.NotModified, (await client.SendAsync(request)).StatusCode);
    }

    [Fact]
    public async Task TheNewsPageAnnouncesItsFeeds()
    {
        var list = site.Snapshot.OfType("newsList").Single();
        var head = HeadDocument.Parse(await site.CreateClient().GetStringAsync(list.Url("fi")));
        Assert.Equal("/feeds/news.rss", head.LinkOfType("application/rss+xml"));
        Assert.Equal("/feeds/news.atom", head.LinkOfType("application/atom+xml"));

        var tag = site.Snapshot.OfType("newsArticle").SelectMany(a => a.Value<string[]>("tags", "fi") ?? []).First();
        var tagged = HeadDocument.Parse(await site.CreateClient().GetStringAsync(list.Url("fi") + "?tag=" + Uri.EscapeDataString(tag)));
        var href = tagged.LinkOfType("application/rss+xml")!;
        Assert.Equal("/feeds/news.rss?tag=" + Uri.EscapeDataString(tag), href);
        Assert.Equal(System.Net.HttpStatusCode.OK, (await site.CreateClient().GetAsync(href)).StatusCode);
        Assert.Equal("/feeds/news.rss", HeadDocument.Parse(await site.CreateClient().GetStringAsync(list.Url("fi") + "?tag=ei-ole")).LinkOfType("application/rss+xml"));
    }

    internal static async Task<SyndicationFeed> ReadAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var reader = XmlReader.Create(await response.Content.ReadAsStreamAsync());
        return SyndicationFeed.Load(reader);
    }
}
