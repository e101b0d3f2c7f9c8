using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Participation.Cms.Backoffice.Security;
using Participation.Web.Tests.Backoffice;
using Participation.Web.Tests.Infrastructure;

namespace Participation.Web.Tests.Security;

/// <summary>ASVS 7.4.5 and 7.5.2: admins end one user's sessions or everyone else's; a user ends their own other sessions.</summary>
public sealed class SignOutEverywhereTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    private const string Users = "/umbraco/admin/users";

    [Fact]
    public async Task AnAdminSignsOneUserOutOnEveryDevice()
    {
        var name = await BackofficeSession.CreateUserAsync(site, BackofficeRoles.Editor);
        var laptop = await BackofficeSession.SignInAsAsync(site, name);
        var phone = await BackofficeSession.SignInAsAsync(site, name);
        var bystander = await BackofficeSession.SignInAsync(site, BackofficeRoles.Writer);
        var admin = await BackofficeSession.SignInAsync(site, BackofficeRoles.Admin);

        var ended = await admin.PostFormAsync(Users, new() { ["id"] = await IdAsync(name) }, Users + "?handler=EndSessions");

        Assert.Equal(HttpStatusCode.Redirect, ended.StatusCode);
        Assert.True(await SignedOutAsync(laptop));
        Assert.True(await SignedOutAsync(phone));
        Assert.False(await SignedOutAsync(bystander));
        Assert.False(await SignedOutAsync(admin));
        var again = await BackofficeSession.SignInAsAsync(site, name); // the account itself is untouched
        Assert.False(await SignedOutAsync(again));
    }

    [Fact]
    public async Task AnAdminSignsEveryOtherUserOutAndKeepsHerOwnSession()
    {
        var editor = await BackofficeSession.SignInAsync(site, BackofficeRoles.Editor);
        var otherAdmin = await BackofficeSession.SignInAsync(site, BackofficeRoles.Admin);
        var name = await BackofficeSession.CreateUserAsync(site, BackofficeRoles.Admin);
        var admin = await BackofficeSession.SignInAsAsync(site, name);
        var adminElsewhere = await BackofficeSession.SignInAsAsync(site, name);

        var ended = await admin.PostFormAsync(Users, [], Users + "?handler=EndAllSessions");

        Assert.Equal(HttpStatusCode.Redirect, ended.StatusCode);
        Assert.True(await SignedOutAsync(editor));
        Assert.True(await SignedOutAsync(otherAdmin));
        Assert.False(await SignedOutAsync(admin));
        Assert.False(await SignedOutAsync(adminElsewhere)); // the admin's own account is left as it was
    }

    [Fact]
    public async Task AUserEndsTheirOtherSessionsAndKeepsThisOne()
    {
        var name = await BackofficeSession.CreateUserAsync(site, BackofficeRoles.Writer);
        var here = await BackofficeSession.SignInAsAsync(site, name);
        var forgotten = await BackofficeSession.SignInAsAsync(site, name);

        var ended = await here.PostFormAsync("/umbraco/account", [], "/umbraco/account?handler=EndOtherSessions");

        Assert.Equal(HttpStatusCode.OK, ended.StatusCode);
        Assert.Contains("Muut kirjautumisesi on lopetettu.", WebUtility.HtmlDecode(await ended.Content.ReadAsStringAsync()));
        Assert.True(await SignedOutAsync(forgotten));
        Assert.False(await SignedOutAsync(here));
    }

    [Fact]
    public async Task OnlyAdminsMaySignOthersOut()
    {
        var name = await BackofficeSession.CreateUserAsync(site, BackofficeRoles.Writer);
        var victim = await BackofficeSession.SignInAsAsync(site, name);
        var editor = await BackofficeSession.SignInAsync(site, BackofficeRoles.Editor);
        var html = await editor.Client.GetStringAsync("/umbraco/account");
        var token = WebUtility.HtmlDecode(BackofficeSession.Token().Match(html).Groups[1].Value);

        var refused = await editor.Client.PostAsync(Users + "?handler=EndSessions", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["id"] = await IdAsync(name),
        }));

        Assert.Equal("/umbraco/access-denied", refused.Headers.Location?.AbsolutePath);
        Assert.False(await SignedOutAsync(victim));
    }

    private static async Task<bool> SignedOutAsync(BackofficeSession session)
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
