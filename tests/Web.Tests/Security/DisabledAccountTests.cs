using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Participation.Cms.Backoffice.Security;
using Participation.Cms.Persistence;
using Participation.Web.Tests.Backoffice;
using Participation.Web.Tests.Infrastructure;

namespace Participation.Web.Tests.Security;

/// <summary>ASVS 7.4.2: an admin disables an account; its open sessions end at their next request and it cannot sign in until enabled again.</summary>
public sealed class DisabledAccountTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    private const string Users = "/umbraco/admin/users";

    [Fact]
    public async Task ADisabledUsersOpenSessionIsRefusedAtItsNextRequest()
    {
        var name = await BackofficeSession.CreateUserAsync(site, BackofficeRoles.Editor);
        var editor = await BackofficeSession.SignInAsAsync(site, name);
        var bystander = await BackofficeSession.SignInAsync(site, BackofficeRoles.Editor);
        var admin = await BackofficeSession.SignInAsync(site, BackofficeRoles.Admin);
        Assert.Equal(HttpStatusCode.OK, (await editor.Client.GetAsync("/umbraco")).StatusCode);

        var disabled = await admin.PostFormAsync(Users, new() { ["id"] = await IdAsync(name) }, Users + "?handler=Disable");

        Assert.Equal(HttpStatusCode.Redirect, disabled.StatusCode);
        var next = await editor.Client.GetAsync("/umbraco");
        Assert.Equal(HttpStatusCode.Redirect, next.StatusCode);
        Assert.Equal("/umbraco/login", next.Headers.Location?.AbsolutePath);
        Assert.Equal(HttpStatusCode.OK, (await bystander.Client.GetAsync("/umbraco")).StatusCode);
        Assert.Contains("Poistettu käytöstä", WebUtility.HtmlDecode(await admin.Client.GetStringAsync(Users)));
        Assert.True(await AuditedAsync("UserDisabled", name));
    }

    [Fact]
    public async Task ADisabledUserIsRefusedWithTheSameAnswerAsAWrongPassword()
    {
        var name = await BackofficeSession.CreateUserAsync(site, BackofficeRoles.Editor);
        var admin = await BackofficeSession.SignInAsync(site, BackofficeRoles.Admin);
        await admin.PostFormAsync(Users, new() { ["id"] = await IdAsync(name) }, Users + "?handler=Disable");

        var rightPassword = await SignInFormAsync(name, BackofficeSession.Password);
        var wrongPassword = await SignInFormAsync(name, "Tämä ei ole oikea salasana");

        Assert.Equal(HttpStatusCode.OK, rightPassword.Status);
        Assert.Equal(wrongPassword.Status, rightPassword.Status);
        Assert.Contains("Käyttäjätunnus tai salasana on väärä.", rightPassword.Html);
        Assert.Equal(ErrorSummary(wrongPassword.Html), ErrorSummary(rightPassword.Html));
    }

    [Fact]
    public async Task EnablingTheAccountLetsTheUserSignInAgain()
    {
        var name = await BackofficeSession.CreateUserAsync(site, BackofficeRoles.Writer);
        var admin = await BackofficeSession.SignInAsync(site, BackofficeRoles.Admin);
        var id = await IdAsync(name);
        await admin.PostFormAsync(Users, new() { ["id"] = id }, Users + "?handler=Disable");
        Assert.Equal(HttpStatusCode.OK, (await SignInFormAsync(name, BackofficeSession.Password)).Status);

        var enabled = await admin.PostFormAsync(Users, new() { ["id"] = id }, Users + "?handler=Enable");

        Assert.Equal(HttpStatusCode.Redirect, enabled.StatusCode);
        var again = await BackofficeSession.SignInAsAsync(site, name);
        Assert.Equal(HttpStatusCode.OK, (await again.Client.GetAsync("/umbraco")).StatusCode);
        Assert.True(await AuditedAsync("UserEnabled", name));
    }

    [Fact]
    public async Task AnAdminCannotDisableHerOwnAccount()
    {
        var name = await BackofficeSession.CreateUserAsync(site, BackofficeRoles.Admin);
        var admin = await BackofficeSession.SignInAsAsync(site, name);
        var id = await IdAsync(name);

        var refused = await admin.PostFormAsync(Users, new() { ["id"] = id }, Users + "?handler=Disable");

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains($"id=\"field-role-{id}-error\"", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await admin.Client.GetAsync(Users)).StatusCode);
    }

    [Fact]
    public async Task RemovingAUserEndsTheirSessionAndIsAudited()
    {
        var name = await BackofficeSession.CreateUserAsync(site, BackofficeRoles.Editor);
        var editor = await BackofficeSession.SignInAsAsync(site, name);
        var admin = await BackofficeSession.SignInAsync(site, BackofficeRoles.Admin);

        var removed = await admin.PostFormAsync(Users, new() { ["id"] = await IdAsync(name) }, Users + "?handler=Remove");

        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        Assert.Equal("/umbraco/login", (await editor.Client.GetAsync("/umbraco")).Headers.Location?.AbsolutePath);
        Assert.True(await AuditedAsync("UserDeleted", name));
    }

    private async Task<(HttpStatusCode Status, string Html)> SignInFormAsync(string name, string password)
    {
        var visitor = new BackofficeSession(BackofficeSession.NewClient(site));
        var response = await visitor.PostFormAsync("/umbraco/login", new() { ["userName"] = name, ["password"] = password });
        return (response.StatusCode, WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
    }

    private static string ErrorSummary(string html) =>
        new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html).QuerySelector("[data-error-summary]")?.TextContent.Trim() ?? "(none)";

    private async Task<string> IdAsync(string name)
    {
        using var scope = site.Services.CreateScope();
        return (await scope.ServiceProvider.GetRequiredService<UserManager<BackofficeUser>>().FindByNameAsync(name))!.Id;
    }

    private async Task<bool> AuditedAsync(string action, string name)
    {
        await using var db = site.Services.GetRequiredService<CmsDatabase>().CreateContext();
        return await db.Audit.AnyAsync(a => a.Action == action && a.Detail == name);
    }
}
