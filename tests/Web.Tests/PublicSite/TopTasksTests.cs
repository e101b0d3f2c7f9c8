using AngleSharp.Html.Parser;
using Participation.Web.Tests.Infrastructure;

namespace Participation.Web.Tests.PublicSite;

/// <summary>The home page opens with what residents come to do, in the reader's language, each one link away.</summary>
public sealed class TopTasksTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    [Theory]
    [InlineData("/", "Mitä haluat tehdä?", "Ilmoittaudu kumppanuuspöytään")]
    [InlineData("/en/", "What would you like to do?", "Sign up for a partnership table")]
    [InlineData("/sv/", "Vad vill du göra?", "Anmäl dig till ett partnerskapsbord")]
    public async Task TheHomePageOpensWithTheFiveTasksLinkedInItsLanguage(string home, string heading, string firstTask)
    {
        var page = new HtmlParser().ParseDocument(await site.CreateClient().GetStringAsync(home));

        var tasks = page.QuerySelector("nav.top-tasks")!;
        Assert.Equal(heading, tasks.QuerySelector("h2")?.TextContent);
        var links = tasks.QuerySelectorAll("a").Select(a => (Text: a.TextContent, Href: a.GetAttribute("href")!)).ToList();
        Assert.Equal(5, links.Count);
        Assert.Equal(firstTask, links[0].Text);
        var culture = home == "/" ? "fi" : home.Trim('/');
        var expected = new[] { "/kumppanuuspoydat/", "/yhdistykset/", "/tilat/", "/aluetoimikunnat/", "/uutiset/" }
            .Select(route => site.Snapshot.GetByRoute("fi", route)!)
            .Select(item => item.Url(culture) ?? item.Url("fi"));
        Assert.Equal(expected, links.Select(l => l.Href));
        // Before the picture and the news: the first thing after the site's name and tagline.
        Assert.True(page.Body!.InnerHtml.IndexOf("top-tasks", StringComparison.Ordinal) < page.Body.InnerHtml.IndexOf("hero-image", StringComparison.Ordinal));
        foreach (var (_, href) in links)
        {
            Assert.True((await site.CreateClient().GetAsync(href)).IsSuccessStatusCode, href);
        }
    }
}
