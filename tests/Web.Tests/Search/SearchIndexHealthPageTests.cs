using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Participation.Cms.Backoffice.Security;
using Participation.Cms.Search;
using Participation.Web.Tests.Backoffice;
using Participation.Web.Tests.Infrastructure;

namespace Participation.Web.Tests.Search;

/// <summary>The admin's view of this node's search index on the changes page: health, and a rebuild with its progress.</summary>
public sealed class SearchIndexHealthPageTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    private const string Page = "/umbraco/admin/changes";

    [Fact]
    public async Task AnAdminSeesTheIndexHealthAndRebuildsItFromThePage()
    {
        var admin = await BackofficeSession.SignInAsync(site, BackofficeRoles.Admin);
        var documents = site.Services.GetRequiredService<ContentIndex>().Index.Health().Documents;

        var before = WebUtility.HtmlDecode(await admin.Client.GetStringAsync(Page));
        var posted = await admin.PostFormAsync(Page, [], Page + "?handler=RebuildSearch");
        var rebuilds = site.Services.GetRequiredService<SearchRebuilds>();
        for (var i = 0; i < 200 && rebuilds.FinishedAt is null; i++)
        {
            await Task.Delay(50);
        }

        var after = WebUtility.HtmlDecode(await admin.Client.GetStringAsync(Page));

        Assert.Contains("Hakuindeksi tällä palvelimella", before);
        Assert.Contains($"<dd>{documents}</dd>", before);
        Assert.Contains("puuttui, rakennettiin uudelleen", before);
        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        Assert.Contains($"Rakennettu uudelleen: {documents} dokumenttia", after);
        Assert.Equal(documents, site.Services.GetRequiredService<ContentIndex>().Index.Health().Documents);
    }
}
