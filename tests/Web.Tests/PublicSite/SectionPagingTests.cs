using AngleSharp.Html.Parser;
using Microsoft.Extensions.DependencyInjection;
using Participation.Cms.Content;
using Participation.Web.Tests.Infrastructure;

namespace Participation.Web.Tests.PublicSite;

/// <summary>The projects page lists its projects a page at a time, in tree order; the home page shows the first six and links to all.</summary>
public sealed class SectionPagingTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    [Fact]
    public async Task TheProjectsArePagedInTreeOrderAndANewOneIsListedAtOnce()
    {
        for (var i = 0; i < 14; i++)
        {
            await CreateProjectAsync($"Sivutettu hanke {i:00}");
        }

        var client = site.CreateClient();
        var list = site.Snapshot.OfType("projects").Single();
        var first = new HtmlParser().ParseDocument(await client.GetStringAsync(list.Url("fi")));
        var next = first.QuerySelector("nav.pager a[rel=next]")!.GetAttribute("href")!;
        var second = new HtmlParser().ParseDocument(await client.GetStringAsync(next));
        await CreateProjectAsync("Viimeksi julkaistu hanke");
        var after = new HtmlParser().ParseDocument(await client.GetStringAsync(next));

        var expected = site.Snapshot.Children(list).Where(c => c.ContentTypeAlias == "project" && c.IsRoutable("fi")).Select(c => c.Name("fi")).ToList();
        Assert.Equal(list.Url("fi") + "?sivu=2", next);
        Assert.Equal(expected.Take(12), Cards(first));
        Assert.Equal(expected.Skip(12).SkipLast(1), Cards(second));
        Assert.Equal(expected.Skip(12), Cards(after));
        Assert.Equal("Viimeksi julkaistu hanke", Cards(after)[^1]);

        var home = new HtmlParser().ParseDocument(await client.GetStringAsync("/"));
        var section = home.QuerySelector("section[aria-labelledby=projects-heading]")!;
        Assert.Equal(
            site.Snapshot.OfType("project").Where(p => p.IsRoutable("fi")).OrderBy(p => p.SortOrder).Take(6).Select(p => p.Name("fi")),
            section.QuerySelectorAll(".card-title a").Select(a => a.TextContent));
        Assert.Equal(list.Url("fi"), section.QuerySelector("a.more")!.GetAttribute("href"));
    }

    private static List<string> Cards(AngleSharp.Html.Dom.IHtmlDocument page) =>
        page.QuerySelectorAll(".cards .card-title a").Select(a => a.TextContent.Trim()).ToList();

    private async Task CreateProjectAsync(string name)
    {
        var document = new ContentDocument();
        document.Cultures["fi"] = new CultureVariant { Name = name };
        document.Cultures["fi"].Values["summary"] = "Sivutuksen koe";
        document.Cultures["fi"].Values["funder"] = "Testirahasto";
        var content = site.Services.GetRequiredService<ContentService>();
        var key = await content.CreateAsync(new CreateContent("project", site.Snapshot.OfType("projects").Single().Key, document), "test");
        await content.PublishAsync(key, null, "test");
    }
}
