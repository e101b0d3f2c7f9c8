using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Participation.Cms.Backoffice.Security;
using Participation.Web.Tests.Infrastructure;

namespace Participation.Web.Tests.Backoffice;

/// <summary>The site always keeps an admin, and an admin giving up their own rights is asked first, without script.</summary>
public sealed class LastAdminTests
{
    private const string Users = "/umbraco/admin/users";

    [Fact]
    public async Task TheOnlyAdminCannotDemoteHerselfAndIsToldWhyNextToTheRole()
    {
        await using var site = new SiteFactory();
        var name = await BackofficeSession.CreateUserAsync(site, BackofficeRoles.Admin);
        var admin = await BackofficeSession.SignInAsAsync(site, name);
        var id = await IdAsync(site, name);

        // Refused at once, without asking first; and refused when the question is skipped.
        var response = await admin.PostFormAsync(Users, new() { ["id"] = id, ["role"] = BackofficeRoles.Editor }, Users + "?handler=Role");
        var confirmed = await admin.PostFormAsync(Users, new() { ["id"] = id, ["role"] = BackofficeRoles.Editor, ["confirmed"] = "true" }, Users + "?handler=Role");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, confirmed.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("name=\"confirmed\"", html, StringComparison.Ordinal);
        Assert.Contains($"id=\"field-role-{id}-error\"", html, StringComparison.Ordinal);
        Assert.Contains($"aria-describedby=\"field-role-{id}-error\"", html, StringComparison.Ordinal);
        Assert.Contains("ainoa", html, StringComparison.Ordinal);
        Assert.Equal([BackofficeRoles.Admin], await RolesAsync(site, name));
    }

    [Fact]
    public async Task TheOnlyAdminCannotRemoveHerself()
    {
        await using var site = new SiteFactory();
        var name = await BackofficeSession.CreateUserAsync(site, BackofficeRoles.Admin);
        await BackofficeSession.CreateUserAsync(site, BackofficeRoles.Editor);
        var admin = await BackofficeSession.SignInAsAsync(site, name);

        var response = await admin.PostFormAsync(Users, new() { ["id"] = await IdAsync(site, name), ["confirmed"] = "true" }, Users + "?handler=Remove");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal([BackofficeRoles.Admin], await RolesAsync(site, name));
    }

    [Fact]
    public async Task DemotingYourselfIsAskedOnTheServerAndHappensOnlyWhenConfirmed()
    {
        await using var site = new SiteFactory();
        var name = await BackofficeSession.CreateUserAsync(site, BackofficeRoles.Admin);
        await BackofficeSession.CreateUserAsync(site, BackofficeRoles.Admin);
        var admin = await BackofficeSession.SignInAsAsync(site, name);
        var id = await IdAsync(site, name);

        var asked = await admin.PostFormAsync(Users, new() { ["id"] = id, ["role"] = BackofficeRoles.Editor }, Users + "?handler=Role");

        Assert.Equal(HttpStatusCode.OK, asked.StatusCode);
        var question = await asked.Content.ReadAsStringAsync();
        Assert.Contains("name=\"confirmed\" value=\"true\"", question, StringComparison.Ordinal);
        Assert.Contains("data-focus-on-load", question, StringComparison.Ordinal);
        Assert.Equal([BackofficeRoles.Admin], await RolesAsync(site, name));

        var confirmed = await admin.PostFormAsync(Users, new() { ["id"] = id, ["role"] = BackofficeRoles.Editor, ["confirmed"] = "true" }, Users + "?handler=Role");

        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
        Assert.Equal([BackofficeRoles.Editor], await RolesAsync(site, name));
        // The session carries on in the new role instead of being sent to sign in.
        Assert.Equal(HttpStatusCode.OK, (await admin.Client.GetAsync("/umbraco")).StatusCode);
        Assert.NotEqual(HttpStatusCode.OK, (await admin.Client.GetAsync(Users)).StatusCode);
    }

    [Fact]
    public async Task RemovingYourselfIsAskedOnTheServerFirst()
    {
        await using var site = new SiteFactory();
        var name = await BackofficeSession.CreateUserAsync(site, BackofficeRoles.Admin);
        await BackofficeSession.CreateUserAsync(site, BackofficeRoles.Admin);
        var admin = await BackofficeSession.SignInAsAsync(site, name);
        var id = await IdAsync(site, name);

        var asked = await admin.PostFormAsync(Users, new() { ["id"] = id }, Users + "?handler=Remove");

        Assert.Equal(HttpStatusCode.OK, asked.StatusCode);
        Assert.NotEmpty(await RolesAsync(site, name));

        var confirmed = await admin.PostFormAsync(Users, new() { ["id"] = id, ["confirmed"] = "true" }, Users + "?handler=Remove");

        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
        Assert.Equal("/umbraco/login", confirmed.Headers.Location?.OriginalString);
        using var scope = site.Services.CreateScope();
        Assert.Null(await scope.ServiceProvider.GetRequiredService<UserManager<BackofficeUser>>().FindByNameAsync(name));
    }

    [Fact]
    public async Task TwoAdminsDemotingEachOtherAtOnceLeaveOneAdmin()
    {
        await using var site = new SiteFactory();
        var first = await BackofficeSession.CreateUserAsync(site, BackofficeRoles.Admin);
        var second = await BackofficeSession.CreateUserAsync(site, BackofficeRoles.Admin);
        var sessions = new[] { await BackofficeSession.SignInAsAsync(site, first), await BackofficeSession.SignInAsAsync(site, second) };
        var targets = new[] { await IdAsync(site, second), await IdAsync(site, first) };

        // Both forms are open first; then both are sent at once.
        var tokens = new List<string>();
        foreach (var session in sessions)
        {
            var html = await session.Client.GetStringAsync(Users);
            tokens.Add(WebUtility.HtmlDecode(BackofficeSession.Token().Match(html).Groups[1].Value));
        }

        var responses = await Task.WhenAll(sessions.Select((session, i) => session.Client.PostAsync(Users + "?handler=Role", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = tokens[i],
            ["id"] = targets[i],
            ["role"] = BackofficeRoles.Writer,
        }))));

        using var scope = site.Services.CreateScope();
        var admins = await scope.ServiceProvider.GetRequiredService<UserManager<BackofficeUser>>().GetUsersInRoleAsync(BackofficeRoles.Admin);
        Assert.Single(admins);
        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.Redirect && r.Headers.Location?.OriginalString.StartsWith(Users, StringComparison.Ordinal) == true);
    }

    [Fact]
    public async Task ADisabledAdminDoesNotCountAsAnAdmin()
    {
        await using var site = new SiteFactory();
        var name = await BackofficeSession.CreateUserAsync(site, BackofficeRoles.Admin);
        var other = await BackofficeSession.CreateUserAsync(site, BackofficeRoles.Admin);
        var admin = await BackofficeSession.SignInAsAsync(site, name);
        var disabled = await admin.PostFormAsync(Users, new() { ["id"] = await IdAsync(site, other) }, Users + "?handler=Disable");
        Assert.Equal(HttpStatusCode.Redirect, disabled.StatusCode);

        // The other admin cannot sign in, so she is the only one left: not asked, refused.
        var response = await admin.PostFormAsync(Users, new() { ["id"] = await IdAsync(site, name), ["role"] = BackofficeRoles.Editor, ["confirmed"] = "true" }, Users + "?handler=Role");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("ainoa", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal([BackofficeRoles.Admin], await RolesAsync(site, name));
    }

    [Fact]
    public async Task TwoAdminsDisablingEachOtherAtOnceLeaveOneWhoCanSignIn()
    {
        await using var site = new SiteFactory();
        var first = await BackofficeSession.CreateUserAsync(site, BackofficeRoles.Admin);
        var second = await BackofficeSession.CreateUserAsync(site, BackofficeRoles.Admin);
        var sessions = new[] { await BackofficeSession.SignInAsAsync(site, first), await BackofficeSession.SignInAsAsync(site, second) };
        var targets = new[] { await IdAsync(site, second), await IdAsync(site, first) };
        var tokens = new List<string>();
        foreach (var session in sessions)
        {
            var html = await session.Client.GetStringAsync(Users);
            tokens.Add(WebUtility.HtmlDecode(BackofficeSession.Token().Match(html).Groups[1].Value));
        }

        var responses = await Task.WhenAll(sessions.Select((session, i) => session.Client.PostAsync(Users + "?handler=Disable", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = tokens[i],
            ["id"] = targets[i],
        }))));

        using var scope = site.Services.CreateScope();
        var admins = await scope.ServiceProvider.GetRequiredService<UserManager<BackofficeUser>>().GetUsersInRoleAsync(BackofficeRoles.Admin);
        Assert.Single(admins, a => a.DisabledAt is null);
        // The other request is refused: either by the last-admin guard (400) or, when the winner's disable committed
        // before it was read, by its own session having ended (a redirect to sign-in).
        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.Redirect && r.Headers.Location?.OriginalString.Contains("done=disabled", StringComparison.Ordinal) == true);
    }

    private static async Task<string> IdAsync(SiteFactory site, string name)
    {
        using var scope = site.Services.CreateScope();
        return (await scope.ServiceProvider.GetRequiredService<UserManager<BackofficeUser>>().FindByNameAsync(name))!.Id;
    }

    private static async Task<IList<string>> RolesAsync(SiteFactory site, string name)
    {
        using var scope = site.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<BackofficeUser>>();
        return await users.GetRolesAsync((await users.FindByNameAsync(name))!);
    }
}
