using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Participation.Cms.Content;
using Participation.Web.Tests.Infrastructure;

namespace Participation.Web.Tests.PublicSite;

/// <summary>What editors have not published never reaches residents, and what they have published stays until replaced.</summary>
public sealed class DraftVisibilityTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    [Fact]
    public async Task ANewDraftIsNotOnTheSiteUntilPublished()
    {
        var client = site.CreateClient();
        var content = site.Services.GetRequiredService<ContentService>();
        var newsList = site.Snapshot.OfType("newsList").Single();
        var draft = Article("Luonnos: kevään asukasilta", "Vielä salainen tiivistelmä.");

        var key = await content.CreateAsync(new("newsArticle", newsList.Key, draft), "kirjoittaja");

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/uutiset/luonnos-kevaan-asukasilta/")).StatusCode);
        Assert.DoesNotContain("Vielä salainen", WebUtility.HtmlDecode(await client.GetStringAsync("/uutiset/")));

        await content.PublishAsync(key, null, "julkaisija");

        var page = WebUtility.HtmlDecode(await client.GetStringAsync("/uutiset/luonnos-kevaan-asukasilta/"));
        Assert.Contains("Vielä salainen tiivistelmä.", page);
    }

    [Fact]
    public async Task ChangesToAPublishedItemStayHiddenUntilPublished()
    {
        var client = site.CreateClient();
        var content = site.Services.GetRequiredService<ContentService>();
        var article = site.Snapshot.OfType("newsArticle").First(a => a.IsRoutable("fi"));
        var url = article.Url("fi")!;
        var before = await client.GetStringAsync(url);

        await content.SaveAsync(article.Key, Article(article.Name("fi"), "Uusi luonnosteksti, jota ei ole julkaistu.", article.Cultures["fi"].Segment), "kirjoittaja");

        var during = WebUtility.HtmlDecode(await client.GetStringAsync(url));
        Assert.DoesNotContain("Uusi luonnosteksti", during);
        Assert.Contains(article.Value<string>("summary", "fi")!, during);

        await content.PublishAsync(article.Key, ["fi"], "julkaisija");
        Assert.Contains("Uusi luonnosteksti", WebUtility.HtmlDecode(await client.GetStringAsync(url)));
        Assert.NotEqual(before, await client.GetStringAsync(url));
    }

    private static ContentDocument Article(string name, string summary, string segment = "")
    {
        var document = new ContentDocument { Values = { ["publishDate"] = DateTimeOffset.UtcNow.AddHours(-1).ToString("O") } };
        document.Cultures["fi"] = new CultureVariant { Name = name, Segment = segment, Values = { ["summary"] = summary, ["body"] = "<p>Teksti.</p>" } };
        return document;
    }
}
