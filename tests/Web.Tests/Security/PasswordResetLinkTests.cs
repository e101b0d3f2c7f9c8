using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Participation.Cms.Backoffice.Security;
using Participation.Cms.Persistence;
using Participation.Web.Tests.Backoffice;
using Participation.Web.Tests.Infrastructure;

namespace Participation.Web.Tests.Security;

/// <summary>ASVS 6.4.1 and 6.4.3: an admin's one-time, expiring password reset link, stored hashed, that keeps two-step sign-in.</summary>
public sealed partial class PasswordResetLinkTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    private const string Users = "/umbraco/admin/users";
    private const string NewPassword = "Salasana Lappeenrannan satamassa"; // not "Uusi ...": the new user below is named Uusi, a context word (ASVS 6.2.11)

    [Fact]
    public async Task AResetLinkSetsANewPasswordOnceAndIsRefusedTheSecondTime()
    {
        var name = await BackofficeSession.CreateUserAsync(site, BackofficeRoles.Editor);
        var stillOpen = await BackofficeSession.SignInAsAsync(site, name);
        var link = await CreateLinkAsync(name);
        var user = new BackofficeSession(BackofficeSession.NewClient(site));

        // The first open moves the secret into a cookie for the reset page; the user's id stays in the address.
        var clean = "/umbraco/reset-password?id=" + Uri.EscapeDataString(Query(link, "id"));
        LinkCookies.AssertSwapped(await user.Client.GetAsync(link), clean, "Participation.Link.PasswordReset", "/umbraco/reset-password", Query(link, "token"));
        var form = await user.Client.GetStringAsync(clean);
        Assert.Contains($"name=\"token\" value=\"{Query(link, "token")}\"", form, StringComparison.Ordinal); // the form posts it in its body
        LinkCookies.AssertNoLinkCarries(form, Query(link, "token"));
        var set = await user.PostFormAsync(clean, new() { ["newPassword"] = NewPassword, ["id"] = Query(link, "id"), ["token"] = Query(link, "token") });

        Assert.Equal(HttpStatusCode.Redirect, set.StatusCode);
        Assert.Equal("/umbraco/login?reset=done", set.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.OK, (await (await BackofficeSession.SignInAsAsync(site, name, NewPassword)).Client.GetAsync("/umbraco")).StatusCode);
        Assert.Equal("/umbraco/login", (await stillOpen.Client.GetAsync("/umbraco")).Headers.Location?.AbsolutePath); // a new password ends old sessions

        var again = await user.Client.GetAsync(link);
        Assert.Equal(HttpStatusCode.NotFound, again.StatusCode);
        Assert.Contains("Linkki ei ole voimassa", WebUtility.HtmlDecode(await again.Content.ReadAsStringAsync()));
        var replay = await PostWithoutPageAsync(link, "Kolmas salasana joka ei saa kelvata");
        Assert.Equal(HttpStatusCode.NotFound, replay.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await (await BackofficeSession.SignInAsAsync(site, name, NewPassword)).Client.GetAsync("/umbraco")).StatusCode);
    }

    [Fact]
    public async Task AResetLinkIsRefusedAfterItExpires()
    {
        var name = await BackofficeSession.CreateUserAsync(site, BackofficeRoles.Writer);
        var link = await CreateLinkAsync(name);
        var opened = BackofficeSession.NewClient(site);
        Assert.Equal(HttpStatusCode.SeeOther, (await opened.GetAsync(link)).StatusCode);
        var clean = "/umbraco/reset-password?id=" + Uri.EscapeDataString(Query(link, "id"));
        Assert.Equal(HttpStatusCode.OK, (await opened.GetAsync(clean)).StatusCode);

        site.Clock.Advance(TimeSpan.FromHours(24) + TimeSpan.FromMinutes(1));
        try
        {
            var refused = await BackofficeSession.NewClient(site).GetAsync(link);
            Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);
            LinkCookies.AssertNone(refused);
            Assert.Equal(HttpStatusCode.NotFound, (await opened.GetAsync(clean)).StatusCode); // the cookie's secret has expired too
            Assert.Equal(HttpStatusCode.NotFound, (await PostWithoutPageAsync(link, NewPassword)).StatusCode);
        }
        finally
        {
            site.Clock.Advance(-(TimeSpan.FromHours(24) + TimeSpan.FromMinutes(1))); // sessions of the other tests are younger than the clock
        }

        await BackofficeSession.SignInAsAsync(site, name); // the old password still works
    }

    [Fact]
    public async Task AfterAResetTheNextSignInStillAsksForTheSecondStep()
    {
        var name = await BackofficeSession.CreateUserAsync(site, BackofficeRoles.Editor);
        using (var scope = site.Services.CreateScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<BackofficeUser>>();
            var user = (await users.FindByNameAsync(name))!;
            await users.ResetAuthenticatorKeyAsync(user);
            await users.SetTwoFactorEnabledAsync(user, true);
        }

        var link = await CreateLinkAsync(name);
        Assert.Equal(HttpStatusCode.Redirect, (await PostWithoutPageAsync(link, NewPassword)).StatusCode);

        var visitor = new BackofficeSession(BackofficeSession.NewClient(site));
        var signIn = await visitor.PostFormAsync("/umbraco/login", new() { ["userName"] = name, ["password"] = NewPassword });
        Assert.Equal("/umbraco/login/2fa?returnUrl=%2Fumbraco", signIn.Headers.Location?.OriginalString);
        Assert.Equal("/umbraco/login", (await visitor.Client.GetAsync("/umbraco")).Headers.Location?.AbsolutePath);
    }

    [Fact]
    public async Task APasswordAgainstTheRulesIsRefusedNextToTheFieldAndTheLinkStillWorks()
    {
        var name = await BackofficeSession.CreateUserAsync(site, BackofficeRoles.Editor);
        var link = await CreateLinkAsync(name);

        var tooShort = await PostWithoutPageAsync(link, "lyhyt");

        Assert.Equal(HttpStatusCode.BadRequest, tooShort.StatusCode);
        Assert.Contains("id=\"field-newPassword-error\"", await tooShort.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await PostWithoutPageAsync(link, NewPassword)).StatusCode);
    }

    [Fact]
    public async Task TheLinkIsShownOnceAndOnlyItsHashIsStored()
    {
        var name = await BackofficeSession.CreateUserAsync(site, BackofficeRoles.Editor);
        var link = await CreateLinkAsync(name);
        var token = Query(link, "token");

        await using var db = site.Services.GetRequiredService<CmsDatabase>().CreateContext();
        var stored = await db.UserTokens.Select(t => t.Value).ToListAsync();
        Assert.DoesNotContain(stored, v => v != null && v.Contains(token, StringComparison.Ordinal));
        Assert.True(await db.Audit.AnyAsync(a => a.Action == "PasswordResetLinkCreated" && a.Detail == name));
        Assert.True(token.Length >= 43, "256 bits in base64url");
    }

    [Fact]
    public async Task ANewUserGetsNoPasswordFromTheAdminButALinkToSetTheirOwn()
    {
        var admin = await BackofficeSession.SignInAsync(site, BackofficeRoles.Admin);
        var name = $"uusi-{Guid.NewGuid():N}"[..16];

        var created = await admin.PostFormAsync(Users, new() { ["userName"] = name, ["email"] = $"{name}@example.fi", ["displayName"] = "Uusi Käyttäjä", ["role"] = BackofficeRoles.Writer }, Users + "?handler=Create");

        Assert.Equal(HttpStatusCode.OK, created.StatusCode);
        var html = await created.Content.ReadAsStringAsync();
        Assert.DoesNotContain("name=\"password\"", html, StringComparison.Ordinal);
        using (var scope = site.Services.CreateScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<BackofficeUser>>();
            Assert.False(await users.HasPasswordAsync((await users.FindByNameAsync(name))!));
        }

        var link = new Uri(WebUtility.HtmlDecode(ShownLink().Match(html).Groups[1].Value)).PathAndQuery;
        Assert.Equal(HttpStatusCode.Redirect, (await PostWithoutPageAsync(link, NewPassword)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await (await BackofficeSession.SignInAsAsync(site, name, NewPassword)).Client.GetAsync("/umbraco")).StatusCode);
    }

    /// <summary>An admin creates the link on the users page; returns its path and query, as shown once.</summary>
    private async Task<string> CreateLinkAsync(string name)
    {
        var admin = await BackofficeSession.SignInAsync(site, BackofficeRoles.Admin);
        var response = await admin.PostFormAsync(Users, new() { ["id"] = await IdAsync(name) }, Users + "?handler=ResetLink");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var url = WebUtility.HtmlDecode(ShownLink().Match(await response.Content.ReadAsStringAsync()).Groups[1].Value);
        Assert.StartsWith("http://localhost/umbraco/reset-password?id=", url, StringComparison.Ordinal);
        Assert.DoesNotContain(Query(url, "token"), await admin.Client.GetStringAsync(Users), StringComparison.Ordinal);
        return new Uri(url).PathAndQuery;
    }

    /// <summary>Posts the reset form with the link's id and token, using the antiforgery token of the sign-in page (the link's own page may refuse).</summary>
    private async Task<HttpResponseMessage> PostWithoutPageAsync(string link, string password)
    {
        var visitor = new BackofficeSession(BackofficeSession.NewClient(site));
        return await visitor.PostFormAsync("/umbraco/login", new() { ["id"] = Query(link, "id"), ["token"] = Query(link, "token"), ["newPassword"] = password }, "/umbraco/reset-password");
    }

    private static string Query(string link, string key) =>
        Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(new Uri(new Uri("http://localhost"), link).Query)[key].ToString();

    private async Task<string> IdAsync(string name)
    {
        using var scope = site.Services.CreateScope();
        return (await scope.ServiceProvider.GetRequiredService<UserManager<BackofficeUser>>().FindByNameAsync(name))!.Id;
    }

    [GeneratedRegex("<code id=\"reset-link\">([^<]+)</code>")]
    private static partial Regex ShownLink();
}
