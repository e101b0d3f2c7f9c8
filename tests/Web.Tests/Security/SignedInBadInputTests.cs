using System.Net;
using Participation.Cms.Backoffice.Security;
using Participation.Web.Tests.Backoffice;
using Participation.Web.Tests.Infrastructure;

namespace Participation.Web.Tests.Security;

/// <summary>Found by probing as a signed-in editor: each of these answered 500. They must be 4xx with a message.</summary>
public sealed class SignedInBadInputTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    [Theory]
    [InlineData("not-a-guid")]
    [InlineData("")]
    [InlineData("foreign")]
    [InlineData("missing-key")]
    public async Task MovingUpWithABadOrForeignOrderIsRefusedWithAMessage(string order)
    {
        var editor = await BackofficeSession.SignInAsync(site, BackofficeRoles.Editor);
        var news = site.Snapshot.OfType("newsArticle").Take(3).ToList();
        var association = site.Snapshot.OfType("association").First();
        var sent = order switch
        {
            "foreign" => $"{association.Key},{news[0].Key}",
            "missing-key" => $"{news[1].Key},{news[2].Key}",
            _ => order,
        };

        var response = await editor.PostFormAsync("/umbraco/sort", new() { ["key"] = news[0].Key.ToString(), ["order"] = sent }, "/umbraco/sort?handler=MoveUp");

        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{(int)response.StatusCode} {response.Headers.Location} {(await response.Content.ReadAsStringAsync())[..Math.Min(300, (int)(response.Content.Headers.ContentLength ?? 0))]}");
        Assert.Contains("role=\"alert\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0001-01-01T00:00")]
    [InlineData("9999-12-31T23:59")]
    public async Task ASchedulingDateOutOfRangeIsAMessageNextToTheField(string at)
    {
        var editor = await BackofficeSession.SignInAsync(site, BackofficeRoles.Editor);
        var article = site.Snapshot.OfType("newsArticle").First();
        var page = $"/umbraco/content/{article.Key}";

        var response = await editor.PostFormAsync(page, new() { ["culture"] = "fi", ["scheduleAction"] = "Publish", ["scheduleAt"] = at }, $"{page}?handler=Schedule");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("scheduleAt", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AMediaFolderUnderAMissingParentIsAMessage()
    {
        var editor = await BackofficeSession.SignInAsync(site, BackofficeRoles.Editor);

        var response = await editor.PostFormAsync("/umbraco/media", new() { ["folder"] = Guid.NewGuid().ToString(), ["folderName"] = "Uusi kansio" }, "/umbraco/media?handler=Folder");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Theory]
    [InlineData("TRACE")]
    [InlineData("PATCH")]
    [InlineData("PROPFIND")]
    public async Task UnusualMethodsOnBackofficePagesAreNotAllowed(string method)
    {
        var editor = await BackofficeSession.SignInAsync(site, BackofficeRoles.Editor);

        foreach (var path in new[] { "/umbraco", "/umbraco/media", "/umbraco/account", $"/umbraco/content/{site.Snapshot.Home!.Key}" })
        {
            var response = await editor.Client.SendAsync(new HttpRequestMessage(new HttpMethod(method), path));
            Assert.True((int)response.StatusCode is 405 or 400, $"{method} {path} answered {(int)response.StatusCode}");
        }
    }
}
