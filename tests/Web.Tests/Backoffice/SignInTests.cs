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
        Assert.Equal(HttpStatusCode.NotFound, (await session.Client.GetAsync("/umbraco/setup?token=wrong")).StatusCode);

        var weak = await session.PostFormAsync($"/umbraco/setup?token={token}", new()
        {
            ["token"] = token, ["displayName"] = "Aino Ylläpitäjä", ["email"] = "aino@example.fi", ["userName"] = "aino", ["password"] = "1qaz2wsx3edc",
        });
        Assert.Equal(HttpStatusCode.OK, weak.StatusCode);
        Assert.Contains("vuodettujen tai yleisten salasanojen", WebUtility.HtmlDecode(await weak.Content.ReadAsStringAsync()));

        var created = await session.PostFormAsync($"/umbraco/setup?token={token}", new()
        {
            ["token"] = token, ["displayName"] = "Aino Ylläpitäjä", ["email"] = "aino@example.fi", ["userName"] = "aino", ["password"] = BackofficeSession.Password,
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
        Assert.Equal(HttpStatusCode.OK, (await session.Client.GetAsync($"/umbraco/setup?token={token}")).StatusCode);
        var form = await session.ReadFormAsync($"/umbraco/setup?token={token}", "form");

        empty.Clock.Advance(FirstAdminSetup.Lifetime);

        Assert.Equal(HttpStatusCode.NotFound, (await session.Client.GetAsync($"/umbraco/setup?token={token}")).StatusCode);
        form["displayName"] = "Aino Ylläpitäjä";
        form["userName"] = "aino";
        form["password"] = BackofficeSession.Password;
        Assert.Equal(HttpStatusCode.NotFound, (await session.Client.PostAsync($"/umbraco/setup?token={token}", new FormUrlEncodedContent(form))).StatusCode);
        Assert.True(await setup.NeedsAdminAsync());
        var fresh = await setup.EnsureTokenAsync(); // what the next start prints
        Assert.NotEqual(token, fresh);
        Assert.Equal(HttpStatusCode.OK, (await session.Client.GetAsync($"/umbraco/setup?token={fresh}")).StatusCode);
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
        var anonymous = site.CreateClient();
        var preview = WebUtility.HtmlDecode(await anonymous.GetStringAsync(link));
        Assert.Contains("Esikatseltava muutos.", preview);
        Assert.Contains("Esikatselu: luonnos", preview);
        Assert.DoesNotContain("Esikatseltava muutos.", WebUtility.HtmlDecode(await anonymous.GetStringAsync(article.Url("fi"))));

        Assert.Equal(HttpStatusCode.Forbidden, (await anonymous.GetAsync(link.Replace("token=", "token=x", StringComparison.Ordinal))).StatusCode);
        site.Clock.Now = site.Clock.Now.AddDays(2);
        Assert.Equal(HttpStatusCode.Forbidden, (await anonymous.GetAsync(link)).StatusCode);
        site.Clock.Now = site.Clock.Now.AddDays(-2);
    }
}
