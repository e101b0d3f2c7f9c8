using System.Net;
using Participation.Web.Tests.Infrastructure;

namespace Participation.Web.Tests.PublicSite;

/// <summary>Every page type of the demo site renders, in every language it has, with the right lang and a single h1.</summary>
public sealed class PageTypeTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    public static TheoryData<string> PageTypes => new()
    {
        "home", "newsList", "newsArticle", "blog", "blogPost", "directory", "association", "events", "partnershipTable",
        "projects", "project", "areaCommittees", "areaCommittee", "spaces", "space", "search", "page",
    };

    [Theory, MemberData(nameof(PageTypes))]
    public async Task EveryPageTypeRendersInEveryLanguageItHas(string contentType)
    {
        var client = site.CreateClient();
        var items = site.Snapshot.OfType(contentType).ToList();
        Assert.NotEmpty(items);
        foreach (var item in items.Take(3))
        {
            foreach (var (culture, variant) in item.Cultures.Where(c => c.Value.Url is not null))
            {
                var response = await client.GetAsync(variant.Url);
                var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
                Assert.True(response.StatusCode == HttpStatusCode.OK, $"{variant.Url} answered {(int)response.StatusCode}");
                Assert.Contains($"<html lang=\"{culture}\">", html);
                // The home page shows the site name as its heading; every other page its own name.
                Assert.Contains(item.Value<string>("siteName", culture) ?? variant.Name, html);
                Assert.Single(System.Text.RegularExpressions.Regex.Matches(html, "<h1[ >]"));
            }
        }
    }

    [Fact]
    public async Task TheHomePageAnswersAtTheRootAndInOtherLanguages()
    {
        var client = site.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/")).StatusCode);
        foreach (var culture in site.Snapshot.Home!.Cultures.Keys.Where(c => c != "fi"))
        {
            var html = await client.GetStringAsync($"/{culture}/");
            Assert.Contains($"<html lang=\"{culture}\">", html);
        }
    }

    [Fact]
    public async Task FinnishOnlyItemsOnASwedishPageAreMarkedAsFinnish()
    {
        var directory = site.Snapshot.OfType("directory").Single();

        var html = await site.CreateClient().GetStringAsync(directory.Url("sv"));

        Assert.Contains("<html lang=\"sv\">", html);
        Assert.Contains("<li lang=\"fi\">", html);
    }
}
