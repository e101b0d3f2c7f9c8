using System.Net;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.DependencyInjection;
using Participation.Cms.Backoffice;
using Participation.Cms.Backoffice.Security;

namespace Participation.Web.Tests.Backoffice.OpenIdConnect;

/// <summary>
/// Sign-in with the organisation's identity provider, end to end: the site's real OpenID Connect handler against
/// a real OpenID Connect server (OpenIddict), with the browser's part played by hand so each hop can be checked.
/// </summary>
public sealed partial class OpenIdConnectSignInTests(OpenIdConnectSite oidc) : IClassFixture<OpenIdConnectSite>
{
    [Fact]
    public async Task AnEditorSignsInWithTheOrganisationsProviderThroughCodeAndPkceAndGetsOnlyTheBackofficeRoleFromTheClaim()
    {
        var (browser, _) = oidc.NewBrowser();

        var authorize = await StartSignInAsync(browser);
        var request = Parameters(authorize.Query);
        Assert.Equal(TestIdentityProvider.Issuer.GetLeftPart(UriPartial.Authority), authorize.GetLeftPart(UriPartial.Authority));
        Assert.Equal("code", request.GetValueOrDefault("response_type"));
        Assert.Equal(TestIdentityProvider.ClientId, request.GetValueOrDefault("client_id"));
        Assert.Equal(OpenIdConnectSite.CallbackUri.ToString(), request.GetValueOrDefault("redirect_uri"));
        Assert.Equal("S256", request.GetValueOrDefault("code_challenge_method"));
        Assert.False(string.IsNullOrEmpty(request.GetValueOrDefault("code_challenge")));
        Assert.False(string.IsNullOrEmpty(request.GetValueOrDefault("nonce")));
        Assert.False(string.IsNullOrEmpty(request.GetValueOrDefault("state")));
        Assert.Equal(["openid", "profile", "email", "roles"], (request.GetValueOrDefault("scope") ?? "").Split(' '));

        var callback = await AuthorizeAtProviderAsync(authorize);
        var returned = await browser.PostAsync(callback.Action, new FormUrlEncodedContent(callback.Fields));
        Assert.Equal(HttpStatusCode.Redirect, returned.StatusCode);
        Assert.StartsWith("/umbraco/login/external", returned.Headers.Location?.OriginalString);

        var external = await browser.GetAsync(returned.Headers.Location);
        Assert.Equal(HttpStatusCode.Redirect, external.StatusCode);
        Assert.Equal("/umbraco", external.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/umbraco")).StatusCode);

        // The code went back over the back channel with the verifier whose S256 hash the browser carried as code_challenge.
        var token = Parameters(oidc.Backchannel.Requests.Last(r => r.Path == "/connect/token").Body);
        Assert.Equal("authorization_code", token.GetValueOrDefault("grant_type"));
        Assert.Equal(callback.Fields["code"], token.GetValueOrDefault("code"));
        Assert.Equal(request["code_challenge"], S256(token.GetValueOrDefault("code_verifier") ?? ""));

        using var scope = oidc.Site.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<BackofficeUser>>();
        var user = await users.FindByLoginAsync(BackofficeServiceCollectionExtensions.OidcScheme, TestIdentityProvider.Subject);
        Assert.NotNull(user);
        Assert.Equal(TestIdentityProvider.Email, user.Email);
        Assert.Equal(TestIdentityProvider.Name, user.DisplayName);
        Assert.Equal([BackofficeRoles.Editor], await users.GetRolesAsync(user)); // "Viewer" from the same claim is not a backoffice role
    }

    [Fact]
    public async Task ACallbackThatIsReplayedOrHasATamperedStateSignsNobodyIn()
    {
        var (browser, cookies) = oidc.NewBrowser();
        var callback = await AuthorizeAtProviderAsync(await StartSignInAsync(browser));

        // Someone who copied the browser's correlation and nonce cookies as well as the callback, before the browser used them.
        var stolen = new CookieContainer();
        stolen.Add(cookies.GetAllCookies());
        Assert.Equal(HttpStatusCode.Redirect, (await browser.PostAsync(callback.Action, new FormUrlEncodedContent(callback.Fields))).StatusCode);

        // Without the browser's cookies the state matches no correlation cookie.
        await AssertRefusedAsync(callback.Fields, new CookieContainer());

        // With them but a state the site did not protect.
        var state = callback.Fields["state"];
        var tampered = new Dictionary<string, string>(callback.Fields) { ["state"] = Flip(state, state.Length / 2) };
        await AssertRefusedAsync(tampered, stolen);

        // With them and the real state, the site does redeem the code, but the provider accepts a code only once.
        var redemptions = oidc.Backchannel.Requests.Count(r => r.Path == "/connect/token");
        await AssertRefusedAsync(callback.Fields, stolen);
        Assert.Equal(redemptions + 1, oidc.Backchannel.Requests.Count(r => r.Path == "/connect/token"));

        async Task AssertRefusedAsync(Dictionary<string, string> fields, CookieContainer jar)
        {
            var (replayer, replayerCookies) = oidc.NewBrowser();
            replayerCookies.Add(jar.GetAllCookies());
            var response = await replayer.PostAsync(callback.Action, new FormUrlEncodedContent(fields));
            // A failed sign-in goes back to the sign-in page with a message, never onward into the backoffice.
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Equal("/umbraco/login?external=failed", response.Headers.Location?.OriginalString);

            // No external identity reached the site, so there is nothing to sign in with, and the backoffice stays closed.
            var external = await replayer.GetAsync("/umbraco/login/external");
            Assert.Equal(HttpStatusCode.OK, external.StatusCode);
            Assert.Contains("Tunnistautumisen tietoja ei saatu", WebUtility.HtmlDecode(await external.Content.ReadAsStringAsync()));
            var backoffice = await replayer.GetAsync("/umbraco");
            Assert.Equal(HttpStatusCode.Redirect, backoffice.StatusCode);
            Assert.StartsWith("/umbraco/login", backoffice.Headers.Location?.PathAndQuery);
        }
    }

    [Fact]
    public async Task TheCorrelationAndNonceCookiesAreHostPrefixedSecureHttpOnlyAndForTheWholeSite()
    {
        var (browser, _) = oidc.NewBrowser();
        var session = new BackofficeSession(browser);

        var challenge = await session.PostFormAsync("/umbraco/login", new() { ["returnUrl"] = "/umbraco" }, "/umbraco/login?handler=External");

        var cookies = challenge.Headers.GetValues("Set-Cookie").ToList();
        var correlation = Assert.Single(cookies, c => c.Contains(".AspNetCore.Correlation.", StringComparison.Ordinal));
        var nonce = Assert.Single(cookies, c => c.Contains(".AspNetCore.OpenIdConnect.Nonce.", StringComparison.Ordinal));
        foreach (var cookie in new[] { correlation, nonce })
        {
            Assert.StartsWith("__Host-.AspNetCore.", cookie, StringComparison.Ordinal);
            var attributes = cookie.Split(';', StringSplitOptions.TrimEntries).Skip(1).Select(a => a.ToLowerInvariant()).ToList();
            Assert.Contains("secure", attributes);
            Assert.Contains("httponly", attributes);
            Assert.Contains("path=/", attributes);
            Assert.Contains("samesite=none", attributes); // the provider's form post back to the site must carry them
            Assert.DoesNotContain(attributes, a => a.StartsWith("domain=", StringComparison.Ordinal));
        }

        // The prefixed cookies are the ones the callback reads: the sign-in still completes.
        var callback = await AuthorizeAtProviderAsync(challenge.Headers.Location!);
        var returned = await browser.PostAsync(callback.Action, new FormUrlEncodedContent(callback.Fields));
        Assert.StartsWith("/umbraco/login/external", returned.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task AnAccountAnAdminDisabledIsNotSignedInThroughTheProvider()
    {
        await SignInThroughTheProviderAsync(); // the account exists once it has signed in
        using var scope = oidc.Site.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<BackofficeUser>>();
        var user = (await users.FindByLoginAsync(BackofficeServiceCollectionExtensions.OidcScheme, TestIdentityProvider.Subject))!;
        user.DisabledAt = DateTime.UtcNow;
        Assert.True((await users.UpdateAsync(user)).Succeeded);
        try
        {
            var (browser, external) = await SignInThroughTheProviderAsync();

            Assert.Equal(HttpStatusCode.OK, external.StatusCode);
            Assert.Contains("poistettu käytöstä", WebUtility.HtmlDecode(await external.Content.ReadAsStringAsync()));
            Assert.Equal(HttpStatusCode.Redirect, (await browser.GetAsync("/umbraco")).StatusCode);
        }
        finally
        {
            user.DisabledAt = null;
            await users.UpdateAsync(user);
        }
    }

    private Task<(HttpClient Browser, HttpResponseMessage External)> SignInThroughTheProviderAsync() => ProviderRound.SignInAsync(oidc);

    private static Task<Uri> StartSignInAsync(HttpClient browser) => ProviderRound.StartAsync(browser);

    private Task<(string Action, Dictionary<string, string> Fields)> AuthorizeAtProviderAsync(Uri authorize) => ProviderRound.AuthorizeAsync(oidc, authorize);

    private static Dictionary<string, string> Parameters(string? query) => QueryHelpers.ParseQuery(query).ToDictionary(p => p.Key, p => p.Value.ToString());

    private static string Flip(string value, int index) => value[..index] + (value[index] == 'A' ? 'B' : 'A') + value[(index + 1)..];

    private static string S256(string verifier) => WebEncoders.Base64UrlEncode(SHA256.HashData(Encoding.ASCII.GetBytes(verifier)));
}
