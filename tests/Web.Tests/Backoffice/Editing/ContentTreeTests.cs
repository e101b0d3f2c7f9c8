using System.Net;
using System.Net.Http.Json;
using AngleSharp.Html.Parser;
using Microsoft.Extensions.DependencyInjection;
using Participation.Cms.Backoffice.Security;
using Participation.Cms.Content;
using Participation.Web.Tests.Infrastructure;

namespace Participation.Web.Tests.Backoffice.Editing;

/// <summary>The side tree a level and a page at a time, its search, and sorting a level by buttons or a whole order.</summary>
public sealed class ContentTreeTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    [Fact]
    public async Task ALevelComesFiftyAtATimeAndAnItemsPageOpensThePathToIt()
    {
        var editor = await BackofficeSession.SignInAsync(site, BackofficeRoles.Editor);
        var section = await CreateAsync("page", site.Snapshot.Home!.Key, "Puun sivutusosio");
        var children = new List<Guid>();
        for (var i = 1; i <= 60; i++)
        {
            children.Add(await CreateAsync("page", section, $"Alasivu {i:00}"));
        }

        var first = Parse(await editor.Client.GetStringAsync($"/umbraco/tree/children?parent={section}&fragment=true"));
        Assert.Null(first.QuerySelector(".bo-header")); // the level alone, without the backoffice around it
        var names = first.QuerySelectorAll(".tree-node > a").Select(a => a.ChildNodes[0].TextContent).ToList();
        Assert.Equal(Enumerable.Range(1, 50).Select(i => $"Alasivu {i:00}"), names);
        var more = first.QuerySelector("[data-tree-more]")?.GetAttribute("href");
        Assert.Equal($"/umbraco/tree/children?parent={section}&skip=50", more);
        var second = Parse(await editor.Client.GetStringAsync(more + "&fragment=true"));
        Assert.Equal(Enumerable.Range(51, 10).Select(i => $"Alasivu {i:00}"), second.QuerySelectorAll(".tree-node > a").Select(a => a.ChildNodes[0].TextContent));
        Assert.Null(second.QuerySelector("[data-tree-more]"));

        // The edit page of the 55th child: its section is open down to it, pages past the first loaded on demand.
        var page = Parse(await editor.Client.GetStringAsync($"/umbraco/content/{section}"));
        var open = page.QuerySelector($".side-tree a[href='/umbraco/content/{section}']")!.Closest("li")!;
        Assert.Equal("page", open.QuerySelector("a")!.GetAttribute("aria-current"));
        Assert.Equal("true", open.QuerySelector("[data-tree-toggle]")!.GetAttribute("aria-expanded"));
        Assert.Equal(50, open.QuerySelectorAll(":scope > .tree-level > li > .tree-node").Length);
        var home = page.QuerySelector($".side-tree a[href='/umbraco/content/{site.Snapshot.Home!.Key}']")!.Closest("li")!;
        Assert.Equal("true", home.QuerySelector("[data-tree-toggle]")!.GetAttribute("aria-expanded"));

        Assert.Equal(HttpStatusCode.NotFound, (await editor.Client.GetAsync($"/umbraco/tree/children?parent={Guid.NewGuid()}")).StatusCode);
    }

    [Fact]
    public async Task TheTreeSearchFindsDraftsByNameButNotTrashedItems()
    {
        var editor = await BackofficeSession.SignInAsync(site, BackofficeRoles.Editor);
        var draft = await CreateAsync("page", site.Snapshot.Home!.Key, "Sammalkallion luonnos");
        var trashed = await CreateAsync("page", site.Snapshot.Home!.Key, "Sammalkallion poistettu");
        await site.Services.GetRequiredService<ContentTreeService>().TrashAsync(trashed, "test");

        var results = Parse(await editor.Client.GetStringAsync("/umbraco/tree/search?q=sammalkallion&fragment=true"));

        var links = results.QuerySelectorAll("a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal([$"/umbraco/content/{draft}"], links);
        Assert.Contains("1 sivua nimellä ”sammalkallion”", results.Body!.TextContent);
        var none = Parse(await editor.Client.GetStringAsync("/umbraco/tree/search?q=ei-tällaista-sivua"));
        Assert.Contains("Nimellä ”ei-tällaista-sivua” ei löytynyt sivuja.", none.Body!.TextContent);
        Assert.NotNull(none.QuerySelector(".side-tree")); // without script the search is a page of its own
    }

    [Fact]
    public async Task ALevelIsSortedByAWholeOrderAndAStaleOrderIsRefused()
    {
        var editor = await BackofficeSession.SignInAsync(site, BackofficeRoles.Editor);
        var section = await CreateAsync("page", site.Snapshot.Home!.Key, "Järjestettävä osio");
        var a = await CreateAsync("page", section, "Aapinen");
        var b = await CreateAsync("page", section, "Bussipysäkki");
        var c = await CreateAsync("page", section, "Cembalo");
        var page = $"/umbraco/sort?parent={section}";

        var sorted = await editor.PostFormAsync(page, new() { ["parent"] = section.ToString(), ["order"] = $"{c},{a},{b}" }, $"{page}&handler=Order");

        Assert.Equal(HttpStatusCode.Redirect, sorted.StatusCode);
        var list = Parse(await editor.Client.GetStringAsync(page));
        Assert.Equal(["Cembalo", "Aapinen", "Bussipysäkki"], list.QuerySelectorAll("[data-sortable] .name").Select(n => n.TextContent));
        Assert.Equal("Järjestys tallennettu.", Parse(await editor.Client.GetStringAsync(sorted.Headers.Location!.OriginalString)).QuerySelector(".notice")?.TextContent);

        var stale = await editor.PostFormAsync(page, new() { ["parent"] = section.ToString(), ["order"] = $"{a},{b}" }, $"{page}&handler=Order");
        Assert.Equal(HttpStatusCode.BadRequest, stale.StatusCode);
        Assert.NotNull(Parse(await stale.Content.ReadAsStringAsync()).QuerySelector("[role=alert]"));

        var up = await editor.PostFormAsync(page, new() { ["parent"] = section.ToString(), ["key"] = b.ToString(), ["order"] = $"{c},{a},{b}" }, $"{page}&handler=MoveUp");
        Assert.Equal(HttpStatusCode.Redirect, up.StatusCode);
        Assert.Equal(["Cembalo", "Bussipysäkki", "Aapinen"], Parse(await editor.Client.GetStringAsync(page)).QuerySelectorAll("[data-sortable] .name").Select(n => n.TextContent));
    }

    [Fact]
    public async Task ASaveReturnsToTheTabItWasMadeOn()
    {
        var editor = await BackofficeSession.SignInAsync(site, BackofficeRoles.Editor);
        var key = await CreateAsync("page", site.Snapshot.Home!.Key, "Välilehtisivu");
        var form = await editor.ReadFormAsync($"/umbraco/content/{key}");
        Assert.Equal("", form["tab"]);
        form["tab"] = "group-sharing";

        var saved = await editor.Client.PostAsync($"/umbraco/content/{key}?handler=Save", new FormUrlEncodedContent(form));

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.EndsWith("saved=draft#group-sharing", saved.Headers.Location!.OriginalString);
        var again = await editor.ReadFormAsync($"/umbraco/content/{key}");
        again["tab"] = "x\"><script>";
        var odd = await editor.Client.PostAsync($"/umbraco/content/{key}?handler=Save", new FormUrlEncodedContent(again));
        Assert.Equal(HttpStatusCode.Redirect, odd.StatusCode);
        Assert.DoesNotContain("#", odd.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task TheTagsFieldIsOfferedTheSitesTagsStartingWithWhatIsTyped()
    {
        var editor = await BackofficeSession.SignInAsync(site, BackofficeRoles.Writer);

        var found = await editor.Client.GetFromJsonAsync<string[]>("/umbraco/api/tags?q=ystävä");
        var anonymous = await BackofficeSession.NewClient(site).GetAsync("/umbraco/api/tags?q=ystävä");

        Assert.Equal(["ystävänpäivä", "ystävätoiminta"], found!.Order(StringComparer.Ordinal));
        Assert.Contains("Kouvola", (await editor.Client.GetFromJsonAsync<string[]>("/umbraco/api/tags?q=kouv"))!);
        Assert.Empty((await editor.Client.GetFromJsonAsync<string[]>("/umbraco/api/tags?q="))!);
        Assert.NotEqual(HttpStatusCode.OK, anonymous.StatusCode);
        var form = Parse(await editor.Client.GetStringAsync($"/umbraco/content/{site.Snapshot.OfType("newsArticle").First().Key}"));
        Assert.Equal("/umbraco/api/tags", form.GetElementById("field-tags")?.GetAttribute("data-tag-suggestions"));
    }

    private async Task<Guid> CreateAsync(string type, Guid parent, string name)
    {
        var document = new ContentDocument();
        document.Cultures["fi"] = new CultureVariant { Name = name };
        return await site.Services.GetRequiredService<ContentService>().CreateAsync(new CreateContent(type, parent, document), "test");
    }

    private static AngleSharp.Html.Dom.IHtmlDocument Parse(string html) => new HtmlParser().ParseDocument(html);
}
