using System.Net;
using AngleSharp.Html.Parser;
using Participation.Cms.Backoffice.Security;
using Participation.Web.Tests.Infrastructure;

namespace Participation.Web.Tests.Backoffice.Editing;

/// <summary>A draft previewed in a frame at a phone's and a desktop's width: the preview alone may be framed, by the site only.</summary>
public sealed class PreviewWidthsTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    [Fact]
    public async Task TheDraftIsFramedAtAPhonesWidthAndThePreviewAloneMayBeFramedByTheSite()
    {
        var editor = await BackofficeSession.SignInAsync(site, BackofficeRoles.Editor);
        var article = site.Snapshot.OfType("newsArticle").First();

        var phone = new HtmlParser().ParseDocument(await editor.Client.GetStringAsync($"/umbraco/content/{article.Key}/preview?culture=fi"));
        var desktop = new HtmlParser().ParseDocument(await editor.Client.GetStringAsync($"/umbraco/content/{article.Key}/preview?culture=fi&device=desktop"));

        var frame = phone.QuerySelector(".preview-frame iframe")!;
        Assert.Equal("375", frame.GetAttribute("width"));
        Assert.Equal("1280", desktop.QuerySelector(".preview-frame iframe")?.GetAttribute("width"));
        Assert.Equal("Tietokone (1280 px)", desktop.QuerySelector(".preview-widths [aria-current=page]")?.TextContent);
        Assert.StartsWith($"/umbraco/preview/{article.Key}?", frame.GetAttribute("src"));

        // The frame's first request moves the link's token into a cookie; the frame follows the 303 to the address without it.
        var swapped = await editor.Client.GetAsync(WebUtility.HtmlDecode(frame.GetAttribute("src")!));
        Assert.Equal(HttpStatusCode.SeeOther, swapped.StatusCode);
        Assert.Equal("SAMEORIGIN", swapped.Headers.GetValues("X-Frame-Options").Single());
        var framed = await editor.Client.GetAsync(swapped.Headers.Location);
        Assert.Equal(HttpStatusCode.OK, framed.StatusCode);
        Assert.Contains("frame-ancestors 'self'", framed.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Equal("SAMEORIGIN", framed.Headers.GetValues("X-Frame-Options").Single());
        Assert.Contains(article.Name("fi"), WebUtility.HtmlDecode(await framed.Content.ReadAsStringAsync()));

        var page = await editor.Client.GetAsync($"/umbraco/content/{article.Key}/preview");
        Assert.Contains("frame-ancestors 'none'", page.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Equal("DENY", page.Headers.GetValues("X-Frame-Options").Single());
        var publicPage = await site.CreateClient().GetAsync(article.Url("fi"));
        Assert.Equal("DENY", publicPage.Headers.GetValues("X-Frame-Options").Single());
    }
}
