using System.Net;
using Participation.Cms.Backoffice.Security;
using Participation.Web.Tests.Infrastructure;

namespace Participation.Web.Tests.Backoffice;

/// <summary>A pasted image that would show broken, or say nothing to a screen reader, is not stored.</summary>
public sealed class RichTextImageTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    [Fact]
    public async Task APastedImageWithoutAltOrFromOutsideTheLibraryIsDroppedAndALibraryImageWithAltKept()
    {
        var editor = await BackofficeSession.SignInAsync(site, BackofficeRoles.Editor);
        var newsList = site.Snapshot.OfType("newsList").Single();
        var created = await editor.PostFormAsync($"/umbraco/content/create?parent={newsList.Key}", new() { ["parent"] = newsList.Key.ToString(), ["type"] = "newsArticle", ["name"] = "Kuvat" });
        var key = Guid.Parse(created.Headers.Location!.OriginalString.Split('/', '?')[3]);
        var body = "<p>Liitetty teksti</p><img src=\"x\"><img src=\"https://muualla.example/kuva.jpg\" alt=\"Muualta\"><img src=\"/media/abc/kuva.jpg\" alt=\"Kirjastosta\">";

        var saved = await editor.PostFormAsync($"/umbraco/content/{key}", new()
        {
            ["culture"] = "fi", ["name"] = "Kuvat", ["segment"] = "", ["p.body"] = body,
        }, $"/umbraco/content/{key}?handler=Save");

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var stored = (string?)(await site.DraftAsync(key)).Cultures["fi"].Values["body"];
        Assert.Equal("<p>Liitetty teksti</p><img src=\"/media/abc/kuva.jpg\" alt=\"Kirjastosta\">", stored);
    }
}
