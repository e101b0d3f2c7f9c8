using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Participation.Cms.Backoffice.Preview;
using Participation.Cms.Backoffice.Security;
using Participation.Web.Tests.Infrastructure;

namespace Participation.Web.Tests.Backoffice;

public sealed class SignInTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    [Fact]
    public async Task TheFirstAdminLinkCreatesAnAdminOnceAndRefusesACommonPassword()
    {
        await using var empty = new SiteFactory();
        var token = await empty.Services.GetRequiredService<FirstAdminSetup>().EnsureTokenAsync();
        Assert.NotNull(token);
        var session = new BackofficeSession(BackofficeSession.NewClient(empty));
        var wrong = await session.Client.GetAsync("/umbraco/setup?token=wrong");
        Assert.Equal(HttpStatusCode.NotFound, wrong.StatusCode);
        LinkCookies.AssertNone(wrong);

        // The printed link's first open moves the secret into a cookie for the setup page and sends the browser on without it.
        var opened = await session.Client.GetAsync($"/umbraco/setup?token={token}");
        LinkCookies.AssertSwapped(opened, "/umbraco/setup", "Participation.Link.Setup", "/umbraco/setup", token!);
        var page = await session.Client.GetStringAsync("/umbraco/setup");
        Assert.Contains($"name=\"token\" value=\"{token}\"", page, StringComparison.Ordinal); // the form posts it in its body
        LinkCookies.AssertNoLinkCarries(page, token!);

        var weak = await session.PostFormAsync("/umbraco/setup", new()
        {
            ["token"] = token!, ["displayName"] = "Aino Ylläpitäjä", ["email"] = "aino@example.fi", ["userName"] = "aino", ["password"] = "1qaz2wsx3edc",
        });
        Assert.Equal(HttpStatusCode.OK, weak.StatusCode);
        Assert.Contains("vuodettujen tai yleisten salasanojen", WebUtility.HtmlDecode(await weak.Content.ReadAsStringAsync()));

        var created = await session.PostFormAsync("/umbraco/setup", new()
        {
            ["token"] = token!, ["displayName"] = "Aino Ylläpitäjä", ["email"] = "aino@example.fi", ["userName"] = "aino", ["password"] = BackofficeSession.Password,
        });
        Assert.Equal("/umbraco", created.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.OK, (await session.Client.GetAsync("/umbraco/admin/users")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await BackofficeSession.NewClient(empty).GetAsync($"/umbraco/setup?token={token}")).StatusCode);
    }

    [Fact]
    public async Task TheFirstAdminLinkExpiresAfterADayAndAFreshStartMakesANewOne()
    {
        await using var empty = new SiteFactory();
        var setup = empty.Services.GetRequiredService<FirstAdminSetup>();
        var token = await setup.EnsureTokenAsync();
        var session = new BackofficeSession(BackofficeSession.NewClient(empty));
        Assert.Equal(HttpStatusCode.SeeOther, (await session.Client.GetAsync($"/umbraco/setup?token={token}")).StatusCode);
        var form = await session.ReadFormAsync("/umbraco/setup", "form");

        empty.Clock.Advance(FirstAdminSetup.Lifetime);

        Assert.Equal(HttpStatusCode.NotFound, (await session.Client.GetAsync($"/umbraco/setup?token={token}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await session.Client.GetAsync("/umbraco/setup")).StatusCode); // the cookie holds an expired secret
        form["displayName"] = "Aino Ylläpitäjä";
        form["userName"] = "aino";
        form["password"] = BackofficeSession.Password;
        Assert.Equal(HttpStatusCode.NotFound, (await session.Client.PostAsync($"/umbraco/setup?token={token}", new FormUrlEncodedContent(form))).StatusCode);
        Assert.True(await setup.NeedsAdminAsync());
        var fresh = await setup.EnsureTokenAsync(); // what the next start prints
        Assert.NotEqual(token, fresh);
        Assert.Equal(HttpStatusCode.SeeOther, (await session.Client.GetAsync($"/umbraco/setup?token={fresh}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await session.Client.GetAsync("/umbraco/setup")).StatusCode);
    }

    [Fact]
    public async Task FiveWrongPasswordsPauseThisClientForThatNameWithoutSayingTheAccountIsLocked()
    {
        var name = await BackofficeSession.CreateUserAsync(site, BackofficeRoles.Editor);
        var session = new BackofficeSession(BackofficeSession.NewClient(site));
        for (var i = 0; i < 5; i++)
        {
            var wrong = await session.PostFormAsync("/umbraco/login", new() { ["userName"] = name, ["password"] = "väärä salasana " + i });
            Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        }

        var right = await session.PostFormAsync("/umbraco/login", new() { ["userName"] = name, ["password"] = BackofficeSession.Password });

        Assert.Equal(HttpStatusCode.TooManyRequests, right.StatusCode);
        var html = WebUtility.HtmlDecode(await right.Content.ReadAsStringAsync());
        Assert.Contains("Liian monta kirjautumisyritystä", html);
        Assert.DoesNotContain("lukittu", html);
    }

    [Fact]
    public async Task APreviewLinkShowsTheDraftInTheRealTemplateAndExpires()
    {
        var article = site.Snapshot.OfType("newsArticle").First();
        var editor = await BackofficeSession.SignInAsync(site, BackofficeRoles.Editor);
        var edit = WebUtility.HtmlDecode(await editor.Client.GetStringAsync($"/umbraco/content/{article.Key}"));
        await editor.PostFormAsync($"/umbraco/content/{article.Key}", new()
        {
            ["culture"] = "fi", ["name"] = article.Name("fi"), ["segment"] = article.Cultures["fi"].Segment,
            ["p.summary"] = "Esikatseltava muutos.", ["p.publishDate"] = "2026-01-01T10:00",
        }, $"/umbraco/content/{article.Key}?handler=Save");
        Assert.Contains("Esikatsele luonnosta", edit);

        var link = site.Services.GetRequiredService<PreviewLinks>().Create(article.Key, "fi");
        var token = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(new Uri(new Uri("http://localhost"), link).Query)["token"].ToString();
        var anonymous = BackofficeSession.NewClient(site);
        var opened = await anonymous.GetAsync(link);
        var clean = $"/umbraco/preview/{article.Key}?culture=fi";
        LinkCookies.AssertSwapped(opened, clean, $"Participation.Link.Preview.{article.Key:N}.fi", $"/umbraco/preview/{article.Key}", token);
        var preview = WebUtility.HtmlDecode(await anonymous.GetStringAsync(clean));
        Assert.Contains("Esikatseltava muutos.", preview);
        Assert.Contains("Esikatselu: luonnos", preview);
        LinkCookies.AssertNoLinkCarries(preview, token);
        Assert.DoesNotContain("Esikatseltava muutos.", WebUtility.HtmlDecode(await anonymous.GetStringAsync(article.Url("fi"))));

        // Shared with a colleague: the same link opens it in their browser too, and their cookie is their own.
        var colleague = site.CreateClient();
        Assert.Contains("Esikatseltava muutos.", WebUtility.HtmlDecode(await colleague.GetStringAsync(link)));
        Assert.Equal(HttpStatusCode.Forbidden, (await site.CreateClient().GetAsync(clean)).StatusCode); // no link, no cookie

        var forged = await anonymous.GetAsync(link.Replace("token=", "token=x", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.Forbidden, forged.StatusCode);
        LinkCookies.AssertNone(forged);
        site.Clock.Now = site.Clock.Now.AddDays(2);
        Assert.Equal(HttpStatusCode.Forbidden, (await anonymous.GetAsync(link)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await anonymous.GetAsync(clean)).StatusCode); // the cookie's token has expired too
        site.Clock.Now = site.Clock.Now.AddDays(-2);
    }
}
