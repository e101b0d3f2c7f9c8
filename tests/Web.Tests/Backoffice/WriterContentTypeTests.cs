using System.Net;
using System.Text.RegularExpressions;
using Participation.Cms.Backoffice.Security;
using Participation.Web.Tests.Infrastructure;

namespace Participation.Web.Tests.Backoffice;

/// <summary>Which types a writer may edit is content-type data (<c>writersMayEdit</c>) that admins change in the content-type editor.</summary>
public sealed partial class WriterContentTypeTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    [Fact]
    public async Task AWriterMayEditATypeOnlyOnceAnAdminMarksItWritersMayEdit()
    {
        var association = site.Snapshot.OfType("association").First();
        var writer = await BackofficeSession.SignInAsync(site, BackofficeRoles.Writer);
        Assert.True(AuthorizationTests.IsRefusal(await writer.Client.GetAsync($"/umbraco/content/{association.Key}")));

        var admin = await BackofficeSession.SignInAsync(site, BackofficeRoles.Admin);
        var list = WebUtility.HtmlDecode(await admin.Client.GetStringAsync("/umbraco/admin/content-types"));
        Assert.Contains("(newsArticle, writersMayEdit)", list);
        Assert.Contains("(association)", list);
        var json = Json().Match(WebUtility.HtmlDecode(await admin.Client.GetStringAsync("/umbraco/admin/content-types?alias=association"))).Groups[1].Value;
        Assert.Contains("\"writersMayEdit\": false", json);
        var saved = await admin.PostFormAsync("/umbraco/admin/content-types?alias=association", new()
        {
            ["alias"] = "association",
            ["json"] = json.Replace("\"writersMayEdit\": false", "\"writersMayEdit\": true", StringComparison.Ordinal),
        });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await writer.Client.GetAsync($"/umbraco/content/{association.Key}")).StatusCode);
        var publish = await writer.PostFormAsync($"/umbraco/content/{association.Key}", new() { ["culture"] = "fi", ["name"] = association.Name("fi") }, $"/umbraco/content/{association.Key}?handler=Publish");
        Assert.True(AuthorizationTests.IsRefusal(publish), "a writer may edit the type now, but publishing stays with editors");
    }

    [GeneratedRegex("<textarea[^>]*name=\"json\"[^>]*>(.*?)</textarea>", RegexOptions.Singleline)]
    private static partial Regex Json();
}
