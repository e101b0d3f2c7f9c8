using System.Net;
using Participation.Cms.Backoffice.Security;

namespace Participation.Web.Tests.Backoffice.OpenIdConnect;

/// <summary>
/// ASVS 10.5.3: the site trusts the provider's discovery metadata only when its issuer is the configured Authority.
/// Sign-in with the provider as configured is <see cref="OpenIdConnectSignInTests"/>, through the same check.
/// </summary>
public sealed class ProviderIssuerTests(ProviderUnderAnotherNameSite oidc) : IClassFixture<ProviderUnderAnotherNameSite>
{
    [Fact]
    public async Task MetadataNamingAnotherIssuerThanTheConfiguredAuthorityStartsNoSignInAndTheLogSaysWhy()
    {
        var (browser, _) = oidc.NewBrowser();
        var session = new BackofficeSession(browser);

        var refused = await session.PostFormAsync("/umbraco/login", new() { ["returnUrl"] = "/umbraco" }, "/umbraco/login?handler=External");

        // The provider answered (so this is not an unreachable provider): the site read its metadata and still sent nobody there.
        Assert.Contains(oidc.Backchannel.Requests, r => r.Path == "/.well-known/openid-configuration");
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Null(refused.Headers.Location);
        var html = WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync());
        Assert.Contains("sivusto ei voinut varmistaa organisaation tunnistuspalvelua", html);
        Assert.DoesNotContain(TestIdentityProvider.Issuer.Host, html); // the reason is for the operator, not the page
        Assert.Contains(oidc.Log.SecurityEvents, e => e.StartsWith("1008: ", StringComparison.Ordinal)
            && e.Contains($"'{TestIdentityProvider.Issuer}'", StringComparison.Ordinal)
            && e.Contains($"'{ProviderUnderAnotherNameSite.Authority}'", StringComparison.Ordinal));
        Assert.DoesNotContain(oidc.Backchannel.Requests, r => r.Path == "/connect/token");
        Assert.Equal(HttpStatusCode.Redirect, (await browser.GetAsync("/umbraco")).StatusCode);
    }

    [Theory]
    [InlineData("https://tunnistus.example.test/", "https://tunnistus.example.test/", true)]
    [InlineData("https://tunnistus.example.test", "https://tunnistus.example.test/", true)]
    [InlineData("https://tunnistus.example.test/", "https://tunnistus.example.test", true)]
    [InlineData("https://tunnistus.example.test/tenant/", "https://tunnistus.example.test/tenant", true)]
    [InlineData("https://tunnistus.example.test/", "https://kirjautuminen.example.test/", false)]
    [InlineData("https://tunnistus.example.test/tenant-b", "https://tunnistus.example.test/tenant-a", false)]
    [InlineData("http://tunnistus.example.test/", "https://tunnistus.example.test/", false)]
    [InlineData("https://TUNNISTUS.example.test/", "https://tunnistus.example.test/", false)]
    [InlineData("", "https://tunnistus.example.test/", false)]
    [InlineData(null, "https://tunnistus.example.test/", false)]
    public void AnIssuerMatchesTheAuthorityExactlyExceptForATrailingSlash(string? issuer, string authority, bool same) =>
        Assert.Equal(same, IssuerCheckedConfigurationManager.IsSameIssuer(issuer, authority));
}
