using AngleSharp.Html.Parser;
using Participation.Cms.PublishedCache;
using Participation.Web.Tests.Infrastructure;

namespace Participation.Web.Tests.PublicSite;

/// <summary>
/// The language switch keeps the reader's place: the same page in the other language when it exists, else the nearest
/// page that does, which then says in the reader's new language why they are there (never a silent jump home).
/// </summary>
public sealed class LanguageSwitchTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    [Fact]
    public async Task ATranslatedPageSwitchesToItselfInEveryLanguageWithoutANotice()
    {
        var article = site.Snapshot.OfType("newsArticle").First(a => a.Url("fi") is not null && a.Url("sv") is not null && a.Url("en") is not null);

        var links = await SwitchLinksAsync(article.Url("fi")!);
        var swedish = await ReadAsync(links["sv"]);

        Assert.Equal(article.Url("sv"), links["sv"]);
        Assert.Equal(article.Url("en"), links["en"]);
        Assert.Equal(article.Url("fi"), links["fi"]);
        Assert.Null(swedish.QuerySelector(".untranslated-notice"));
    }

    [Fact]
    public async Task AFinnishOnlyPageSwitchesToItsNearestTranslatedAncestorWhichSaysSoInTheNewLanguage()
    {
        var association = site.Snapshot.OfType("association").First(a => a.Url("fi") is not null && a.Url("sv") is null);
        var nearest = Nearest(association, "sv");
        Assert.NotNull(nearest);

        var links = await SwitchLinksAsync(association.Url("fi")!);
        var swedish = await ReadAsync(links["sv"]);
        var english = await ReadAsync(links["en"]);

        Assert.Equal($"{nearest.Url("sv")}?kaannos=puuttuu", links["sv"]);
        Assert.Equal("sv", swedish.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Sidan du var på finns inte på svenska. Det här är den närmaste sidan som gör det.", swedish.QuerySelector(".untranslated-notice[role=status]")?.TextContent);
        Assert.Equal("The page you were on is not available in English. This is the nearest page that is.", english.QuerySelector(".untranslated-notice[role=status]")?.TextContent);
    }

    [Fact]
    public async Task EveryPageOfEveryTypeOffersEveryLanguageAndNoSwitchLinkIsBroken()
    {
        using var client = site.CreateClient();
        foreach (var item in site.Snapshot.All.Where(i => i.Url("fi") is not null).GroupBy(i => i.ContentTypeAlias).Select(g => g.First()))
        {
            var links = await SwitchLinksAsync(item.Url("fi")!);
            Assert.Equal(["en", "fi", "sv"], links.Keys.Order());
            foreach (var (culture, url) in links)
            {
                var response = await client.GetAsync(url);
                Assert.True(response.IsSuccessStatusCode, $"{item.ContentTypeAlias}: the {culture} switch goes to {url}, which answers {(int)response.StatusCode}");
            }
        }
    }

    [Theory]
    [InlineData("blog", "blogPost", "sv", "{0} till på finska")]
    [InlineData("blog", "blogPost", "en", "{0} more in Finnish")]
    [InlineData("newsList", "newsArticle", "sv", "{0} till på finska")]
    public async Task AListInAnotherLanguageShowsItsOwnItemsAndSaysHowManyMoreAreInFinnish(string listType, string itemType, string culture, string more)
    {
        var list = site.Snapshot.OfType(listType).Single();
        var items = site.Snapshot.Children(list).Where(c => c.ContentTypeAlias == itemType).ToList();
        var own = items.Count(i => i.Url(culture) is not null);
        var finnishOnly = items.Count(i => i.Url(culture) is null && i.Url("fi") is not null);
        Assert.True(finnishOnly > 0, $"every {itemType} is in {culture}: nothing to test");

        var page = await ReadAsync(list.Url(culture)!);

        var link = page.QuerySelector(".more-in-finnish a");
        Assert.Equal(string.Format(System.Globalization.CultureInfo.InvariantCulture, more, finnishOnly), link?.TextContent);
        Assert.Equal(list.Url("fi"), link?.GetAttribute("href"));
        var cards = page.QuerySelectorAll(".cards > article").Length;
        Assert.InRange(cards, own == 0 ? 0 : 1, Math.Min(own, 10)); // only this language's items (those already dated)
        Assert.Equal(cards == 0, page.QuerySelector(".empty-state") is not null);
    }

    [Theory]
    [InlineData("sv")]
    [InlineData("en")]
    public async Task TheHomePageInAnotherLanguageListsTheUpcomingEventsItsEventsPageShows(string culture)
    {
        var events = site.Snapshot.OfType("events").Single();
        var eventsPage = await ReadAsync(events.Url(culture) ?? events.Url("fi")!);
        var upcoming = eventsPage.QuerySelectorAll(".event-card .card-title a").Select(a => a.TextContent).Take(3).ToList();
        Assert.NotEmpty(upcoming);

        var home = await ReadAsync(site.Snapshot.Home!.Url(culture)!);

        var cards = home.QuerySelectorAll("section[aria-labelledby=events-heading] .event-card").ToList();
        Assert.Equal(upcoming, cards.Select(c => c.QuerySelector(".card-title a")!.TextContent));
        Assert.All(cards, c => Assert.Equal("fi", c.GetAttribute("lang"))); // the events are in Finnish only, and say so
    }

    private PublishedContent? Nearest(PublishedContent item, string culture) =>
        site.Snapshot.Ancestors(item).FirstOrDefault(a => a.Url(culture) is not null);

    private async Task<Dictionary<string, string>> SwitchLinksAsync(string url)
    {
        var page = await ReadAsync(url);
        return page.QuerySelectorAll("nav.language-switch a[lang]").ToDictionary(a => a.GetAttribute("lang")!, a => a.GetAttribute("href")!);
    }

    private async Task<AngleSharp.Html.Dom.IHtmlDocument> ReadAsync(string url)
    {
        using var client = site.CreateClient();
        return new HtmlParser().ParseDocument(await client.GetStringAsync(url));
    }
}
