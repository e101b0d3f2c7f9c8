using System.Net;
using Participation.Cms.Backoffice.Security;
using Participation.Web.Tests.Backoffice;
using Participation.Web.Tests.Infrastructure;

namespace Participation.Web.Tests.Security;

/// <summary>Found by probing: a writer changed any media item's alt text, live at once. Media changes need the publishing role.</summary>
public sealed class MediaRightsTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    [Fact]
    public async Task AWriterSeesAMediaItemButCannotChangeItAndAnEditorCan()
    {
        var hero = site.Snapshot.Media(site.Snapshot.Home!, "heroImage", "fi")[0];
        var page = $"/umbraco/media/{hero.Key}";
        var fields = new Dictionary<string, string>
        {
            ["name"] = hero.Name, ["alt.fi"] = "Kirjoittajan vaihtama kuvateksti", ["mediaFocalLeft"] = "0.5", ["mediaFocalTop"] = "0.5",
        };

        var writer = await BackofficeSession.SignInAsync(site, BackofficeRoles.Writer);
        var view = await writer.Client.GetAsync(page);
        Assert.Equal(HttpStatusCode.OK, view.StatusCode);
        Assert.DoesNotContain("class=\"primary\"", await view.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var refused = await writer.PostFormAsync(page, fields);
        Assert.True(refused.StatusCode is HttpStatusCode.Forbidden || refused.Headers.Location?.AbsolutePath == "/umbraco/access-denied", $"{(int)refused.StatusCode}");
        Assert.DoesNotContain("Kirjoittajan vaihtama kuvateksti", await (await site.CreateClient().GetAsync("/")).Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var editor = await BackofficeSession.SignInAsync(site, BackofficeRoles.Editor);
        fields["alt.fi"] = "Toimittajan kuvateksti";
        var saved = await editor.PostFormAsync(page, fields);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
    }
}
