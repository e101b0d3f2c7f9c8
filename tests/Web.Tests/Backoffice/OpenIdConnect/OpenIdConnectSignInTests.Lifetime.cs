using System.Net;

namespace Participation.Web.Tests.Backoffice.OpenIdConnect;

/// <summary>ASVS 7.6.1: the provider's authentication may be at most 12 hours old (max_age sent, auth_time checked); a provider sign-in is a session like any other.</summary>
public sealed partial class OpenIdConnectSignInTests
{
    [Fact]
    public async Task TheProviderIsAskedForAnAuthenticationAtMostTwelveHoursOldAndAnOlderOneSignsNobodyIn()
    {
        var (browser, _) = oidc.NewBrowser();
        var authorize = await StartSignInAsync(browser);
        Assert.Equal("43200", Parameters(authorize.Query).GetValueOrDefault("max_age"));

        try
        {
            oidc.Provider.AuthenticatedAgo = TimeSpan.FromHours(13);
            var callback = await AuthorizeAtProviderAsync(authorize);
            var returned = await browser.PostAsync(callback.Action, new FormUrlEncodedContent(callback.Fields));

            Assert.Equal("/umbraco/login?external=failed", returned.Headers.Location?.OriginalString);
            Assert.Equal(HttpStatusCode.Redirect, (await browser.GetAsync("/umbraco")).StatusCode);
            Assert.Contains(oidc.Log.SecurityEvents, e => e.StartsWith("1009:", StringComparison.Ordinal));
        }
        finally
        {
            oidc.Provider.AuthenticatedAgo = TimeSpan.Zero;
        }
    }

    [Fact]
    public async Task AProviderUserWithoutAPasswordEndsAnotherSessionOnlySoonAfterSigningIn()
    {
        var (stale, _) = await SignInThroughTheProviderAsync();
        var (other, _) = await SignInThroughTheProviderAsync();
        var (fresh, _) = await SignInThroughTheProviderAsync();
        var session = new BackofficeSession(fresh);
        var otherId = await CurrentSessionIdAsync(other);

        var ended = await session.PostFormAsync("/umbraco/account", new() { ["id"] = otherId, ["confirmed"] = "true" }, "/umbraco/account?handler=EndSession");
        Assert.Contains("Kirjautuminen on lopetettu.", WebUtility.HtmlDecode(await ended.Content.ReadAsStringAsync()));
        Assert.Equal(HttpStatusCode.Redirect, (await other.GetAsync("/umbraco")).StatusCode);

        // Ten minutes on, the sign-in no longer stands in for a password: the user signs in again first.
        oidc.Clock.Advance(TimeSpan.FromMinutes(11));
        var refused = await new BackofficeSession(fresh).PostFormAsync("/umbraco/account", new() { ["id"] = await CurrentSessionIdAsync(stale), ["confirmed"] = "true" }, "/umbraco/account?handler=EndSession");
        Assert.Contains("Kirjaudu ensin uudelleen", WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync()));
        Assert.Equal(HttpStatusCode.OK, (await stale.GetAsync("/umbraco")).StatusCode);
    }

    /// <summary>The id that the account page's row marked as this session posts.</summary>
    private static async Task<string> CurrentSessionIdAsync(HttpClient browser)
    {
        var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await browser.GetStringAsync("/umbraco/account"));
        var row = document.QuerySelectorAll("table tbody tr").Single(r => r.TextContent.Contains("(tämä kirjautuminen)", StringComparison.Ordinal));
        return row.QuerySelector("input[name='id']")!.GetAttribute("value")!;
    }

    [Fact]
    public async Task AnIdTokenThatDoesNotSayWhenTheUserAuthenticatedSignsNobodyIn()
    {
        try
        {
            oidc.Provider.AuthenticatedAgo = null;
            var (browser, _) = oidc.NewBrowser();
            var callback = await AuthorizeAtProviderAsync(await StartSignInAsync(browser));
            var returned = await browser.PostAsync(callback.Action, new FormUrlEncodedContent(callback.Fields));

            Assert.Equal("/umbraco/login?external=failed", returned.Headers.Location?.OriginalString);
        }
        finally
        {
            oidc.Provider.AuthenticatedAgo = TimeSpan.Zero;
        }
    }

    [Fact]
    public async Task AnAuthenticationWithinTheAgeSignsInAndListsTheSessionAsTheOrganisationsAccount()
    {
        try
        {
            oidc.Provider.AuthenticatedAgo = TimeSpan.FromHours(11);
            var (browser, external) = await SignInThroughTheProviderAsync();

            Assert.Equal("/umbraco", external.Headers.Location?.OriginalString);
            var account = WebUtility.HtmlDecode(await browser.GetStringAsync("/umbraco/account"));
            Assert.Contains("(organisaation tunnus)", account);
            Assert.Contains("(tämä kirjautuminen)", account);
        }
        finally
        {
            oidc.Provider.AuthenticatedAgo = TimeSpan.Zero;
        }
    }
}
