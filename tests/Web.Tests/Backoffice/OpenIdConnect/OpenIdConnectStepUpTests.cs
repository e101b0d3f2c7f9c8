using System.Net;
using Microsoft.AspNetCore.WebUtilities;
using Participation.Cms.Backoffice.Security;

namespace Participation.Web.Tests.Backoffice.OpenIdConnect;

/// <summary>
/// ASVS 6.8.4 and 6.3.4 on a site whose editors must use two steps: the provider's ID token says how the user signed in
/// there (amr). With a second factor there, the site asks nothing more; without one, the site asks for its own app code,
/// and a user without an app sets one up first.
/// </summary>
public sealed class OpenIdConnectStepUpTests(OpenIdConnectStepUpTests.EditorsMustUseTwoSteps oidc) : IClassFixture<OpenIdConnectStepUpTests.EditorsMustUseTwoSteps>
{
    private const string Account = "/umbraco/account";
    private readonly AuthenticatorApps apps = new(oidc.Clock);

    [Fact]
    public async Task AnEditorWhoseProviderShowsASecondFactorIsSignedInWithoutTheSitesOwnCode()
    {
        oidc.Provider.User.Subject = "mfa-" + Guid.NewGuid().ToString("N");
        oidc.Provider.User.Email = oidc.Provider.User.Subject + "@example.fi";
        oidc.Provider.User.Amr = ["pwd", "mfa"];

        var (browser, _) = oidc.NewBrowser();
        var authorize = await ProviderRound.StartAsync(browser);
        Assert.Contains("\"amr\"", QueryHelpers.ParseQuery(authorize.Query)["claims"].ToString()); // asked for, not only hoped for
        var callback = await ProviderRound.AuthorizeAsync(oidc, authorize);
        var returned = await browser.PostAsync(callback.Action, new FormUrlEncodedContent(callback.Fields));
        var external = await browser.GetAsync(returned.Headers.Location);

        Assert.Equal("/umbraco", external.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/umbraco")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/umbraco/api/tags?q=a")).StatusCode);
    }

    [Fact]
    public async Task AnEditorWhoseProviderShowsNoSecondFactorSetsUpTheSitesAppAndIsThenAskedForItsCodeEachTime()
    {
        oidc.Provider.User.Subject = "pwd-" + Guid.NewGuid().ToString("N");
        oidc.Provider.User.Email = oidc.Provider.User.Subject + "@example.fi";
        oidc.Provider.User.Amr = ["pwd"];

        // First time: no app yet, so the session opens only the enrolment page, where no password is asked (there is none).
        var (first, external) = await ProviderRound.SignInAsync(oidc);
        Assert.Equal(Account, external.Headers.Location?.OriginalString);
        Assert.Equal(Account, (await first.GetAsync("/umbraco")).Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.Forbidden, (await first.GetAsync("/umbraco/api/tags?q=a")).StatusCode);
        var session = new BackofficeSession(first);
        var start = WebUtility.HtmlDecode(await (await session.PostFormAsync(Account, [], Account + "?handler=Start")).Content.ReadAsStringAsync());
        Assert.DoesNotContain("name=\"twoFactorPassword\"", start);
        var key = AuthenticatorApps.SharedKey(start);
        var enrolled = await session.PostFormAsync(Account, new() { ["code"] = apps.NextCode(key) }, Account + "?handler=Verify");
        Assert.Contains("Kaksivaiheinen kirjautuminen on nyt käytössä.", WebUtility.HtmlDecode(await enrolled.Content.ReadAsStringAsync()));
        Assert.Equal(HttpStatusCode.OK, (await first.GetAsync("/umbraco")).StatusCode);

        // Later, a token without any amr: the provider's sign-in is the first step and the site's own code the second.
        oidc.Provider.User.Amr = [];
        var (later, stepUp) = await ProviderRound.SignInAsync(oidc);
        Assert.Equal("/umbraco/login/2fa?returnUrl=%2Fumbraco", stepUp.Headers.Location?.OriginalString);
        Assert.Equal("/umbraco/login", (await later.GetAsync("/umbraco")).Headers.Location?.AbsolutePath);
        var code = await new BackofficeSession(later).PostFormAsync("/umbraco/login/2fa", new() { ["code"] = apps.NextCode(key), ["returnUrl"] = "/umbraco" });
        Assert.Equal("/umbraco", code.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.OK, (await later.GetAsync("/umbraco")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await later.GetAsync("/umbraco/api/tags?q=a")).StatusCode);
    }

    /// <summary>The provider site with editors required to use two steps (the test provider's user is an editor).</summary>
    public sealed class EditorsMustUseTwoSteps : OpenIdConnectSite
    {
        protected override IReadOnlyDictionary<string, string> Settings { get; } =
            new Dictionary<string, string> { ["Cms:Backoffice:TwoStepSignIn:RequiredForRoles:0"] = BackofficeRoles.Editor };
    }
}
