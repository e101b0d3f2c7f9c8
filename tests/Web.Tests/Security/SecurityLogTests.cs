using System.Net;
using Participation.Cms.Backoffice.Security;
using Participation.Web.Tests.Backoffice;
using Participation.Web.Tests.Infrastructure;

namespace Participation.Web.Tests.Security;

/// <summary>ASVS 16.3.1-16.3.2: sign-ins, failed sign-ins and refused pages are logged, by user id, without the typed name or password.</summary>
public sealed class SecurityLogTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    [Fact]
    public async Task SignInsFailuresAndRefusalsAreLoggedWithoutWhatWasTyped()
    {
        var name = await BackofficeSession.CreateUserAsync(site, BackofficeRoles.Writer);
        var guess = new BackofficeSession(BackofficeSession.NewClient(site));
        await guess.PostFormAsync("/umbraco/login", new() { ["userName"] = name, ["password"] = "Väärä salasana 123" });
        await guess.PostFormAsync("/umbraco/login", new() { ["userName"] = "ei-ketään-tällä-nimellä", ["password"] = "Toinen arvaus 456" });
        var writer = await BackofficeSession.SignInAsAsync(site, name);
        var refused = await writer.Client.GetAsync("/umbraco/admin/users");

        Assert.NotEqual(HttpStatusCode.OK, refused.StatusCode);
        var events = site.Errors.SecurityEvents.ToList();
        Assert.Contains(events, e => e.StartsWith("1002: ", StringComparison.Ordinal) && !e.Contains("(no such user)", StringComparison.Ordinal));
        Assert.Contains(events, e => e.StartsWith("1002: ", StringComparison.Ordinal) && e.Contains("(no such user)", StringComparison.Ordinal));
        Assert.Contains(events, e => e.StartsWith("1001: ", StringComparison.Ordinal) && e.Contains("(password)", StringComparison.Ordinal));
        Assert.Contains(events, e => e.StartsWith("1005: ", StringComparison.Ordinal) && e.Contains("/umbraco/admin/users", StringComparison.Ordinal));
        Assert.DoesNotContain(events, e => e.Contains(name, StringComparison.Ordinal) || e.Contains("ei-ketään", StringComparison.Ordinal) || e.Contains("arvaus", StringComparison.Ordinal) || e.Contains("Väärä", StringComparison.Ordinal));
    }

    [Fact]
    public async Task APostWithoutItsAntiforgeryTokenIsRefusedAndLogged()
    {
        var editor = await BackofficeSession.SignInAsync(site, BackofficeRoles.Editor);
        var article = site.Snapshot.OfType("newsArticle").First();
        var before = site.Errors.SecurityEvents.Count(e => e.StartsWith("1007: ", StringComparison.Ordinal));

        var forged = await editor.Client.PostAsync($"/umbraco/content/{article.Key}?handler=Save", new FormUrlEncodedContent(new Dictionary<string, string> { ["culture"] = "fi", ["name"] = "Väärennetty" }));

        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Contains(site.Errors.SecurityEvents, e => e.StartsWith("1007: Antiforgery check failed: user ", StringComparison.Ordinal) && e.EndsWith($"at POST /umbraco/content/{article.Key}", StringComparison.Ordinal) && !e.Contains("(anonymous)", StringComparison.Ordinal));
        Assert.Equal(before + 1, site.Errors.SecurityEvents.Count(e => e.StartsWith("1007: ", StringComparison.Ordinal)));
        Assert.Equal(article.Name("fi"), site.Snapshot.GetByKey(article.Key)!.Name("fi"));
    }
}
