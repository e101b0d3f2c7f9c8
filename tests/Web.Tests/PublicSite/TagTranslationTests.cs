using Microsoft.Extensions.DependencyInjection;
using Participation.Web.Localization;
using Participation.Web.Tests.Infrastructure;

namespace Participation.Web.Tests.PublicSite;

/// <summary>Tags are stored in Finnish and shown in the reader's language; their links still filter by the stored tag.</summary>
public sealed class TagTranslationTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    private TagText Tags => site.Services.GetRequiredService<TagText>();

    [Theory]
    [InlineData("sv")]
    [InlineData("en")]
    public async Task AnArticlesTagsShowInThePagesLanguageAndLinkToTheFinnishTag(string culture)
    {
        var article = site.Snapshot.OfType("newsArticle").Concat(site.Snapshot.OfType("blogPost"))
            .First(a => a.IsRoutable(culture) && a.Value<string[]>("tags", culture) is { Length: > 0 } tags && tags.Any(t => Tags.All[t][culture] != t));
        var tags = article.Value<string[]>("tags", culture)!;

        var page = await site.PageAsync(article.Url(culture)!);
        var finnish = await site.PageAsync(article.Url("fi")!);

        var links = page.QuerySelectorAll(".tags a").ToList();
        Assert.Equal(tags.Select(t => Tags.All[t][culture]), links.Select(a => a.TextContent));
        Assert.Equal(tags.Select(t => "?tag=" + Uri.EscapeDataString(t)), links.Select(a => a.GetAttribute("href")![a.GetAttribute("href")!.IndexOf('?')..]));
        Assert.All(page.QuerySelectorAll(".tags li"), li => Assert.False(li.HasAttribute("lang")));
        Assert.Equal(tags, finnish.QuerySelectorAll(".tags a").Select(a => a.TextContent));

        // The list a tag leads to names the tag in the reader's language too.
        var list = await site.PageAsync(links[0].GetAttribute("href")!);
        Assert.Contains(Tags.All[tags[0]][culture], list.QuerySelector(".filter-status")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheSwedishDirectoryOffersThemesInSwedishAndFiltersByTheStoredTheme()
    {
        var directory = site.Snapshot.OfType("directory").Single();

        var page = await site.PageAsync(directory.Url("sv")!);

        var option = page.QuerySelector("#directory-teema option[value='yksinäisyys']")!;
        Assert.StartsWith("ensamhet (", option.TextContent, StringComparison.Ordinal);
        var filtered = await site.PageAsync(directory.Url("sv") + "?teema=" + Uri.EscapeDataString("yksinäisyys"));
        Assert.NotEmpty(filtered.QuerySelectorAll(".directory-list li"));
        Assert.Equal(
            site.Snapshot.OfType("association").Count(a => (a.Value<string[]>("themes", "fi") ?? []).Contains("yksinäisyys")),
            filtered.QuerySelectorAll(".directory-list li").Length);
    }

    [Fact]
    public void EveryTagThemeAndTargetGroupOfTheDemoContentHasSwedishAndEnglish()
    {
        var used = site.Snapshot.OfType("newsArticle").Concat(site.Snapshot.OfType("blogPost")).SelectMany(a => a.Value<string[]>("tags", "fi") ?? [])
            .Concat(site.Snapshot.OfType("association").SelectMany(a => (a.Value<string[]>("themes", "fi") ?? []).Concat(a.Value<string[]>("targetGroups", "fi") ?? [])))
            .Distinct()
            .ToList();

        Assert.NotEmpty(used);
        var missing = used.Where(t => Tags.For("sv", t).Lang is not null || Tags.For("en", t).Lang is not null).ToList();
        Assert.True(missing.Count == 0, "no Swedish or English for: " + string.Join(", ", missing));
    }

    [Fact]
    public void ATagWithoutATranslationShowsAsWrittenMarkedFinnish()
    {
        Assert.Equal(new TagLabel("uusi aihe", "fi"), Tags.For("sv", "uusi aihe"));
        Assert.Equal(new TagLabel("uusi aihe", null), Tags.For("fi", "uusi aihe"));
        Assert.Equal(new TagLabel("loneliness", null), Tags.For("en", "Yksinäisyys"));
    }
}
