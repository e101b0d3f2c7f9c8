using System.Net;
using Participation.Web.Tests.Infrastructure;

namespace Participation.Web.Tests.Search;

public sealed class SiteSearchTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    [Fact]
    public async Task AnInflectedQueryWithoutUmlautsFindsTheAssociationWithTheMatchMarkedInItsSnippet()
    {
        var html = await site.CreateClient().GetStringAsync("/haku/?q=kuusankoskelaisten+elakelaisten");

        Assert.Contains("href=\"/yhdistykset/kuusankosken-elakelaiset/\"", html);
        Assert.Contains("<mark>", html);
        Assert.Contains("Eläkeläiset", html);
    }

    [Fact]
    public async Task KindsOfResultShowTheirCountsAndOneNarrowsTheResultsToIt()
    {
        var client = site.CreateClient();
        var all = await client.GetStringAsync("/haku/?q=yhdistys");
        var associations = await client.GetStringAsync("/haku/?q=yhdistys&tyyppi=yhdistykset");

        Assert.Matches("Yhdistykset \\(\\d+\\)", all);
        Assert.Matches("Uutiset \\(\\d+\\)", all);
        Assert.Contains("tyyppi=yhdistykset\" aria-current=\"true\"", associations);
        Assert.DoesNotContain("href=\"/uutiset/", Results(associations));
        Assert.Contains("href=\"/yhdistykset/", Results(associations));
    }

    [Fact]
    public async Task AMisspelledWordOffersTheWordTheSiteHas()
    {
        var html = await site.CreateClient().GetStringAsync("/haku/?q=mielenterveysseuura");

        Assert.Contains("Tarkoititko", html);
        Assert.Contains("q=mielenterveysseura\"", html);
    }

    [Fact]
    public async Task ASearchWithNoHitsSaysSoAndGivesTips()
    {
        var html = await site.CreateClient().GetStringAsync("/haku/?q=xqzvvw");

        Assert.Contains("ei löytynyt tuloksia", html);
        Assert.Contains("Tarkista kirjoitusasu", html);
    }

    [Fact]
    public async Task AnEmptySearchExplainsWhatCanBeFoundAndTypedMarkupIsShownAsText()
    {
        var client = site.CreateClient();
        var empty = await client.GetStringAsync("/haku/");
        var markup = await client.GetStringAsync("/haku/?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E+talo");

        Assert.Contains("taivutettuina", empty);
        Assert.DoesNotContain("<script>alert(1)", markup);
        Assert.Contains("&lt;script&gt;", markup);
    }

    [Fact]
    public async Task SwedishAndEnglishPagesSearchTheirOwnLanguage()
    {
        var client = site.CreateClient();
        var sv = site.Snapshot.OfType("search").Single().Url("sv")!;
        var en = site.Snapshot.OfType("search").Single().Url("en")!;

        var swedish = await client.GetAsync(sv + "?q=föreningar");
        var english = await client.GetAsync(en + "?q=associations");

        Assert.Equal(HttpStatusCode.OK, swedish.StatusCode);
        Assert.Contains("Menade du", await (await client.GetAsync(sv + "?q=förenningar")).Content.ReadAsStringAsync());
        Assert.Contains("href=\"/sv/", await swedish.Content.ReadAsStringAsync());
        Assert.Contains("href=\"/en/", await english.Content.ReadAsStringAsync());
    }

    private static string Results(string html) =>
        html[html.IndexOf("<ol class=\"search-results\"", StringComparison.Ordinal)..html.IndexOf("</ol>", html.IndexOf("<ol class=\"search-results\"", StringComparison.Ordinal), StringComparison.Ordinal)];
}
