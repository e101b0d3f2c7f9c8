using System.Net;
using System.Text.Json.Nodes;
using AngleSharp.Html.Parser;
using Participation.Cms.Backoffice.Security;
using Participation.Cms.Content;
using Participation.Web.Tests.Backoffice;
using Participation.Web.Tests.Infrastructure;
using SkiaSharp;

namespace Participation.Web.Tests.Sharing;

/// <summary>Editors set a page's share title, text and image on its Sharing tab, and see the card on the edit page before publishing.</summary>
public sealed class ShareOverrideTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    [Fact]
    public async Task TheSharingGroupOverridesTitleDescriptionAndImage()
    {
        var photo = site.Snapshot.AllMedia.First(m => m.Width > 0);
        var key = await CreateAsync("Alkuperäinen otsikko jaettavaksi", publish: true, document =>
        {
            document.Cultures["fi"].Values["shareTitle"] = "Somessa näkyvä otsikko";
            document.Cultures["fi"].Values["shareDescription"] = "Somessa näkyvä kuvaus.";
            document.Values["shareImage"] = new JsonArray(new JsonObject { ["mediaKey"] = photo.Key.ToString(), ["focalPoint"] = new JsonObject { ["left"] = 0.2, ["top"] = 0.3 } });
        });
        var client = site.CreateClient();
        var html = await client.GetStringAsync(site.Snapshot.GetByKey(key)!.Url("fi"));
        var head = HeadDocument.Parse(html);

        Assert.Equal("Somessa näkyvä otsikko", head.Meta("og:title"));
        Assert.Equal("Somessa näkyvä otsikko", head.Meta("twitter:title"));
        Assert.Equal("Somessa näkyvä kuvaus.", head.Meta("description"));
        Assert.Equal("Somessa näkyvä kuvaus.", head.Meta("og:description"));
        Assert.Equal("Somessa näkyvä otsikko", head.Node("NewsArticle").GetProperty("headline").GetString());
        Assert.Contains("<h1>Alkuperäinen otsikko jaettavaksi</h1>", html); // the page itself keeps its name

        var image = new Uri(head.Meta("og:image")!);
        Assert.EndsWith(".jpg", image.AbsolutePath);
        var response = await client.GetAsync(image.PathAndQuery);
        Assert.Equal("image/jpeg", response.Content.Headers.ContentType?.MediaType);
        using var bitmap = SKBitmap.Decode(await response.Content.ReadAsByteArrayAsync());
        Assert.Equal((1200, 630), (bitmap.Width, bitmap.Height));
        ShareImageTests.AssertNotBlank(bitmap);
    }

    [Fact]
    public async Task TheEditPageShowsTheDraftsCardAsFacebookAndLinkedInDrawIt()
    {
        var key = await CreateAsync("Luonnos esikatseltavaksi", publish: false, document =>
            document.Cultures["fi"].Values["shareDescription"] = "Kortin teksti luonnoksesta.");
        var editor = await BackofficeSession.SignInAsync(site, BackofficeRoles.Editor);

        var page = new HtmlParser().ParseDocument(await editor.Client.GetStringAsync($"/umbraco/content/{key}?culture=fi"));

        var preview = page.QuerySelector("section.share-preview")!;
        Assert.NotNull(preview);
        Assert.Equal(2, preview.QuerySelectorAll("figure.share-card").Length);
        Assert.All(preview.QuerySelectorAll(".share-card-title"), t => Assert.Equal("Luonnos esikatseltavaksi", t.TextContent));
        Assert.Equal("Kortin teksti luonnoksesta.", preview.QuerySelector(".share-card-description")!.TextContent);
        var src = preview.QuerySelector("img")!.GetAttribute("src")!;
        var stylesheet = page.QuerySelector("link[href*='sharing/preview.css']")!.GetAttribute("href")!;
        Assert.Equal(HttpStatusCode.OK, (await editor.Client.GetAsync(stylesheet)).StatusCode); // styled under the CSP: a file, not inline
        Assert.False(string.IsNullOrWhiteSpace(preview.QuerySelector("img")!.GetAttribute("alt")));

        var drawn = await editor.Client.GetAsync(src);
        Assert.Equal(HttpStatusCode.OK, drawn.StatusCode);
        using (var bitmap = SKBitmap.Decode(await drawn.Content.ReadAsByteArrayAsync()))
        {
            Assert.Equal((1200, 630), (bitmap.Width, bitmap.Height));
        }

        // A draft's image is for the editors: not for visitors, and never on the public address.
        var anonymous = await site.CreateClient(new() { AllowAutoRedirect = false }).GetAsync(src);
        Assert.NotEqual(HttpStatusCode.OK, anonymous.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await site.CreateClient().GetAsync($"/jako/{key}/fi.png")).StatusCode);
    }

    private async Task<Guid> CreateAsync(string name, bool publish, Action<ContentDocument> change)
    {
        var newsList = site.Snapshot.OfType("newsList").Single();
        var document = new ContentDocument { Values = { ["publishDate"] = site.Clock.Now.AddHours(-1).ToString("O") } };
        document.Cultures["fi"] = new CultureVariant { Name = name, Values = { ["summary"] = "Tiivistelmä.", ["body"] = "<p>Teksti.</p>" } };
        change(document);
        var key = await site.Content().CreateAsync(new("newsArticle", newsList.Key, document), "testi");
        if (publish)
        {
            await site.Content().PublishAsync(key, null, "testi");
        }

        return key;
    }
}
