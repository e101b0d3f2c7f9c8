using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Participation.Cms.Backoffice.Security;
using Participation.Web.Tests.Backoffice;
using Participation.Web.Tests.Infrastructure;

namespace Participation.Web.Tests.Security;

/// <summary>Found by probing: a demoted admin's open session still reached admin pages and created admins. Rights change at once.</summary>
public sealed class StaleRightsTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    [Fact]
    public async Task ADemotedAdminsOpenSessionLosesTheAdminPagesAtOnce()
    {
        var demotedName = await BackofficeSession.CreateUserAsync(site, BackofficeRoles.Admin);
        var demoted = await BackofficeSession.SignInAsAsync(site, demotedName);
        var other = await BackofficeSession.SignInAsync(site, BackofficeRoles.Admin);
        Assert.Equal(HttpStatusCode.OK, (await demoted.Client.GetAsync("/umbraco/admin/users")).StatusCode);

        var id = await UserIdAsync(demotedName);
        var changed = await other.PostFormAsync("/umbraco/admin/users", new() { ["id"] = id, ["role"] = BackofficeRoles.Writer }, "/umbraco/admin/users?handler=Role");
        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);

        var page = await demoted.Client.GetAsync("/umbraco/admin/users");
        Assert.NotEqual(HttpStatusCode.OK, page.StatusCode);
        // The session is over, not just smaller: even the content tree sends it back to sign in.
        var tree = await demoted.Client.GetAsync("/umbraco");
        Assert.Equal(HttpStatusCode.Redirect, tree.StatusCode);
        Assert.Equal("/umbraco/login", tree.Headers.Location?.AbsolutePath);
        var create = await demoted.Client.PostAsync("/umbraco/admin/users?handler=Create", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["userName"] = "sneaky-admin", ["email"] = "sneaky@example.fi", ["role"] = BackofficeRoles.Admin, ["password"] = BackofficeSession.Password,
        }));
        Assert.NotEqual(HttpStatusCode.OK, create.StatusCode);
        using var scope = site.Services.CreateScope();
        Assert.Null(await scope.ServiceProvider.GetRequiredService<UserManager<BackofficeUser>>().FindByNameAsync("sneaky-admin"));
    }

    [Fact]
    public async Task ChangingThePasswordEndsTheOtherSessionsAndKeepsThisOne()
    {
        var name = await BackofficeSession.CreateUserAsync(site, BackofficeRoles.Editor);
        var here = await BackofficeSession.SignInAsAsync(site, name);
        var elsewhere = await BackofficeSession.SignInAsAsync(site, name);
        Assert.Equal(HttpStatusCode.OK, (await elsewhere.Client.GetAsync("/umbraco")).StatusCode);

        var changed = await here.PostFormAsync("/umbraco/account", new()
        {
            ["currentPassword"] = BackofficeSession.Password,
            ["newPassword"] = "Syksyn lehdet putoavat Rovaniemellä",
        }, "/umbraco/account?handler=Password");

        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await here.Client.GetAsync("/umbraco")).StatusCode);
        var stale = await elsewhere.Client.GetAsync("/umbraco");
        Assert.Equal(HttpStatusCode.Redirect, stale.StatusCode);
        Assert.StartsWith("/umbraco/login", stale.Headers.Location?.AbsolutePath ?? stale.Headers.Location?.OriginalString ?? "", StringComparison.Ordinal);
    }

    private async Task<string> UserIdAsync(string name)
    {
        using var scope = site.Services.CreateScope();
        return (await scope.ServiceProvider.GetRequiredService<UserManager<BackofficeUser>>().FindByNameAsync(name))!.Id;
    }
}
