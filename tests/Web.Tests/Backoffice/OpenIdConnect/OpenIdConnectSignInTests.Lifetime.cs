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
