using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Participation.Cms.Backoffice.Security;
using Participation.Cms.Persistence;
using Participation.Web.Tests.Backoffice;
using Participation.Web.Tests.Infrastructure;

namespace Participation.Web.Tests.Security;

/// <summary>ASVS 7.5.2: a user sees their open sessions and ends one of them, after giving the password; an admin sees and ends a user's.</summary>
public sealed class SessionListTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    internal const string Account = "/umbraco/account";
    internal const string Firefox = "Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0";
    internal const string Chrome = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36";

    [Fact]
    public async Task TwoSignInsShowAsTwoSessionsWithThisOneMarked()
    {
        var name = await BackofficeSession.CreateUserAsync(site, BackofficeRoles.Writer);
        var laptop = await SignInAsync(site, name, Firefox);
        await SignInAsync(site, name, Chrome);

        var rows = await SessionsAsync(laptop, Account);

        Assert.Equal(2, rows.Count);
        var mine = Assert.Single(rows, r => r.Text.Contains("(tämä kirjautuminen)", StringComparison.Ordinal));
        Assert.Contains("Firefox, Linux", mine.Text);
        Assert.Contains("(salasana)", mine.Text);
        Assert.Contains(rows, r => r.Text.Contains("Chrome, Windows", StringComparison.Ordinal));
    }

    [Fact]
    public async Task EndingAnotherSessionAsksForThePasswordThenRefusesThatCookieAtItsNextRequestAndKeepsThisOne()
    {
        var name = await BackofficeSession.CreateUserAsync(site, BackofficeRoles.Editor);
        var laptop = await SignInAsync(site, name, Firefox);
        var phone = await SignInAsync(site, name, Chrome);
        Assert.False(await SignedOutAsync(phone)); // this node now remembers the phone's session as open
        var other = Assert.Single(await SessionsAsync(laptop, Account), r => !r.Current);

        var asked = await laptop.PostFormAsync(Account, new() { ["id"] = other.Id }, Account + "?handler=EndSession");
        var question = WebUtility.HtmlDecode(await asked.Content.ReadAsStringAsync());
        Assert.Contains("Kirjataanko Chrome, Windows ulos?", question);
        Assert.Contains("name=\"sessionPassword\"", question);
        Assert.False(await SignedOutAsync(phone)); // nothing ended before the password

        var ended = await laptop.PostFormAsync(Account, new() { ["id"] = other.Id, ["confirmed"] = "true", ["sessionPassword"] = BackofficeSession.Password }, Account + "?handler=EndSession");

        Assert.Equal(HttpStatusCode.OK, ended.StatusCode);
        Assert.Contains("Kirjautuminen on lopetettu.", WebUtility.HtmlDecode(await ended.Content.ReadAsStringAsync()));
        Assert.True(await SignedOutAsync(phone));
        Assert.False(await SignedOutAsync(laptop));
        Assert.True(Assert.Single(await SessionsAsync(laptop, Account)).Current);
    }

    [Fact]
    public async Task AWrongPasswordEndsNoSession()
    {
        var name = await BackofficeSession.CreateUserAsync(site, BackofficeRoles.Writer);
        var thief = await SignInAsync(site, name, Firefox);
        var owner = await SignInAsync(site, name, Chrome);
        var other = Assert.Single(await SessionsAsync(thief, Account), r => !r.Current);

        var refused = await thief.PostFormAsync(Account, new() { ["id"] = other.Id, ["confirmed"] = "true", ["sessionPassword"] = "arvattu salasana 123" }, Account + "?handler=EndSession");
        var missing = await thief.PostFormAsync(Account, new() { ["id"] = other.Id, ["confirmed"] = "true" }, Account + "?handler=EndSession");

        Assert.Contains("Nykyinen salasana on väärä.", WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync()));
        Assert.Contains("Anna nykyinen salasana.", WebUtility.HtmlDecode(await missing.Content.ReadAsStringAsync()));
        Assert.False(await SignedOutAsync(owner));
        Assert.Equal(2, (await SessionsAsync(owner, Account)).Count);
    }

    [Fact]
    public async Task SigningOutThisSessionFromTheListEndsOnlyThisOne()
    {
        var name = await BackofficeSession.CreateUserAsync(site, BackofficeRoles.Writer);
        var here = await SignInAsync(site, name, Firefox);
        var elsewhere = await SignInAsync(site, name, Chrome);
        var mine = Assert.Single(await SessionsAsync(here, Account), r => r.Current);

        var signedOut = await here.PostFormAsync(Account, new() { ["id"] = mine.Id }, Account + "?handler=EndSession");

        Assert.Equal("/umbraco/login", signedOut.Headers.Location?.OriginalString);
        Assert.True(await SignedOutAsync(here));
        Assert.False(await SignedOutAsync(elsewhere));
    }

    [Fact]
    public async Task AnAdminSeesAUsersSessionsAndEndsOneWhichIsAudited()
    {
        var name = await BackofficeSession.CreateUserAsync(site, BackofficeRoles.Editor);
        var laptop = await SignInAsync(site, name, Firefox);
        var phone = await SignInAsync(site, name, Chrome);
        var admin = await BackofficeSession.SignInAsync(site, BackofficeRoles.Admin);
        var page = $"/umbraco/admin/users/{await IdAsync(name)}/sessions";

        Assert.Contains($"action=\"{page}?handler=EndSession\"", await admin.Client.GetStringAsync(page));
        var rows = await SessionsAsync(admin, page, "sessionId");
        Assert.Equal(2, rows.Count);
        Assert.DoesNotContain(rows, r => r.Current); // the admin's own session is not among them
        var firefox = Assert.Single(rows, r => r.Text.Contains("Firefox, Linux", StringComparison.Ordinal));

        var ended = await admin.PostFormAsync(page, new() { ["sessionId"] = firefox.Id }, page + "?handler=EndSession");

        Assert.Equal(HttpStatusCode.Redirect, ended.StatusCode);
        Assert.True(await SignedOutAsync(laptop));
        Assert.False(await SignedOutAsync(phone));
        Assert.Single(await SessionsAsync(admin, page, "sessionId"));
        await using var db = site.Services.GetRequiredService<CmsDatabase>().CreateContext();
        Assert.True(await db.Audit.AnyAsync(a => a.Action == "UserSessionEnded" && a.Detail == name));
    }

    [Fact]
    public async Task OnlyAdminsSeeOrEndOtherUsersSessions()
    {
        var name = await BackofficeSession.CreateUserAsync(site, BackofficeRoles.Writer);
        var victim = await SignInAsync(site, name, Firefox);
        var editor = await BackofficeSession.SignInAsync(site, BackofficeRoles.Editor);

        var denied = await editor.Client.GetAsync($"/umbraco/admin/users/{await IdAsync(name)}/sessions");

        Assert.Equal("/umbraco/access-denied", denied.Headers.Location?.AbsolutePath);
        Assert.False(await SignedOutAsync(victim));
    }

    [Fact]
    public async Task AnIdleSessionEndsAfterEightHoursAndItsRowIsDeletedAtTheNextSignIn()
    {
        var name = await BackofficeSession.CreateUserAsync(site, BackofficeRoles.Writer);
        var session = await SignInAsync(site, name, Firefox);
        var id = await IdAsync(name);

        site.Clock.Advance(TimeSpan.FromHours(3));
        Assert.False(await SignedOutAsync(session)); // a request renews it...
        site.Clock.Advance(TimeSpan.FromHours(8) + TimeSpan.FromMinutes(1));
        Assert.True(await SignedOutAsync(session)); // ...and eight hours without one end it, before the 12-hour limit

        site.Clock.Advance(BackofficeSessionsStep());
        await SignInAsync(site, name, Chrome);
        await using var db = site.Services.GetRequiredService<CmsDatabase>().CreateContext();
        Assert.Equal(["Chrome"], await db.Sessions.Where(s => s.UserId == id).Select(s => s.Browser).ToListAsync());
    }

    private static TimeSpan BackofficeSessionsStep() => Participation.Cms.Backoffice.Sessions.BackofficeSessions.LastSeenStep;

    internal static async Task<BackofficeSession> SignInAsync(SiteFactory site, string name, string userAgent)
    {
        var session = new BackofficeSession(BackofficeSession.NewClient(site));
        session.Client.DefaultRequestHeaders.UserAgent.ParseAdd(userAgent);
        var response = await session.PostFormAsync("/umbraco/login", new() { ["userName"] = name, ["password"] = BackofficeSession.Password });
        Assert.Equal("/umbraco", response.Headers.Location?.OriginalString);
        return session;
    }

    /// <summary>The rows of the session table on <paramref name="page"/>: the id each row's sign-out form posts, the row's text, and whether it is marked as this one.</summary>
    internal static async Task<List<(string Id, string Text, bool Current)>> SessionsAsync(BackofficeSession session, string page, string field = "id")
    {
        var html = await session.Client.GetStringAsync(page);
        var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html);
        return [.. document.QuerySelectorAll("table tbody tr").Select(row =>
        {
            var text = row.TextContent;
            return (row.QuerySelector($"input[name='{field}']")!.GetAttribute("value")!, text, text.Contains("(tämä kirjautuminen)", StringComparison.Ordinal));
        })];
    }

    internal static async Task<bool> SignedOutAsync(BackofficeSession session)
    {
        var response = await session.Client.GetAsync("/umbraco");
        return response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location?.AbsolutePath == "/umbraco/login";
    }

    private async Task<string> IdAsync(string name)
    {
        using var scope = site.Services.CreateScope();
        return (await scope.ServiceProvider.GetRequiredService<UserManager<BackofficeUser>>().FindByNameAsync(name))!.Id;
    }
}
