using AngleSharp.Html.Parser;
using Participation.Web.Tests.Infrastructure;

namespace Participation.Web.Tests.Sharing;

/// <summary>Articles, blog posts and events carry plain share links: no third-party script, the page's own address in each.</summary>
public sealed class ShareLinkTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    [Theory]
    [InlineData("newsArticle")]
    [InlineData("blogPost")]
    [InlineData("partnershipTable")]
    public async Task APageOfThisTypeHasShareLinksToEachServiceAndNoThirdPartyScript(string contentType)
    {
        var item = site.Snapshot.OfType(contentType).First();
        var client = site.CreateClient();
        var document = new HtmlParser().ParseDocument(await client.GetStringAsync(item.Url("fi")));
        var canonical = Uri.EscapeDataString("http://localhost:5080" + item.Url("fi"));

        var box = document.QuerySelector("section.share[data-share]")!;
        Assert.NotNull(box);
        Assert.Equal("http://localhost:5080" + item.Url("fi"), box.GetAttribute("data-share-url"));
        var links = box.QuerySelectorAll("a").Select(a => a.GetAttribute("href")!).ToList();
        foreach (var service in new[] { "https://www.facebook.com/sharer/sharer.php?u=", "https://www.linkedin.com/sharing/share-offsite/?url=", "https://x.com/intent/post?url=", "https://wa.me/?text=", "mailto:?subject=" })
        {
            var link = Assert.Single(links, l => l.StartsWith(service, StringComparison.Ordinal));
            Assert.Contains(canonical, link);
        }

        Assert.All(box.QuerySelectorAll("a[target='_blank']"), a => Assert.Contains("noopener", a.GetAttribute("rel")));
        Assert.NotNull(box.QuerySelector("button[data-share-copy]"));
        Assert.NotNull(box.QuerySelector("button[data-share-native]"));

        // Every script is the site's own, with the page's nonce; none is inline.
        foreach (var script in document.QuerySelectorAll("script"))
        {
            Assert.False(string.IsNullOrEmpty(script.GetAttribute("nonce")));
            if (script.GetAttribute("type") != "application/ld+json")
            {
                Assert.StartsWith("/js/", script.GetAttribute("src"));
            }
        }

        var shareScript = document.QuerySelector("script[src^='/js/share.js']")!.GetAttribute("src")!;
        Assert.Equal(System.Net.HttpStatusCode.OK, (await client.GetAsync(shareScript)).StatusCode);
    }

    [Fact]
    public async Task AnEventPageOffersItsOwnCalendarFile()
    {
        var item = site.Snapshot.OfType("partnershipTable").First(e => e.Value<DateTimeOffset?>("startTime", "fi") is not null);
        var document = new HtmlParser().ParseDocument(await site.CreateClient().GetStringAsync(item.Url("fi")));

        var link = document.QuerySelector("a[type='text/calendar']")!.GetAttribute("href");
        Assert.Equal($"/feeds/events/{item.Key}.ics", link);
        var calendar = Ical.Net.Calendar.Load(await site.CreateClient().GetStringAsync(link))!;
        Assert.Equal(item.Name("fi"), Assert.Single(calendar.Events).Summary);
    }

    [Fact]
    public async Task OtherPagesHaveNoShareLinks()
    {
        var page = site.Snapshot.OfType("page").First();
        var html = await site.CreateClient().GetStringAsync(page.Url("fi"));
        Assert.DoesNotContain("data-share", html);
    }
}
