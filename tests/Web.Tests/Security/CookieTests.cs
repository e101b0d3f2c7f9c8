using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Participation.Cms.Backoffice.Security;
using Participation.Web.Tests.Backoffice;
using Participation.Web.Tests.Infrastructure;

namespace Participation.Web.Tests.Security;

/// <summary>Cookies over HTTPS are <c>__Host-</c> prefixed, Secure and HttpOnly, with SameSite by purpose; plain HTTP (local trials, these tests) still works.</summary>
public sealed class CookieTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    [Fact]
    public async Task OverHttpsTheSignInAndAntiforgeryCookiesAreHostPrefixedSecureAndHttpOnly()
    {
        var name = await BackofficeSession.CreateUserAsync(site, BackofficeRoles.Editor);
        var session = new BackofficeSession(Https());

        var login = await session.Client.GetAsync("/umbraco/login");
        var antiforgery = Assert.Single(SetCookies(login), c => c.Contains("Antiforgery", StringComparison.Ordinal));
        Assert.StartsWith("__Host-Participation.Antiforgery=", antiforgery, StringComparison.Ordinal);
        AssertHardened(antiforgery, "strict");

        var signedIn = await session.PostFormAsync("/umbraco/login", new() { ["userName"] = name, ["password"] = BackofficeSession.Password });
        Assert.Equal("/umbraco", signedIn.Headers.Location?.OriginalString);
        var auth = Assert.Single(SetCookies(signedIn), c => c.Contains("Participation.Backoffice=", StringComparison.Ordinal));
        Assert.StartsWith("__Host-Participation.Backoffice=", auth, StringComparison.Ordinal);
        AssertHardened(auth, "lax");
        Assert.Equal(HttpStatusCode.OK, (await session.Client.GetAsync("/umbraco")).StatusCode);
    }

    [Fact]
    public async Task OverHttpsTheBackofficeLanguageCookieIsHostPrefixedToo()
    {
        var switched = await Https().GetAsync("/umbraco/login?lang=en");

        var language = Assert.Single(SetCookies(switched), c => c.Contains("Language=", StringComparison.Ordinal));
        Assert.StartsWith("__Host-Participation.Backoffice.Language=en", language, StringComparison.Ordinal);
        AssertHardened(language, "lax");
    }

    [Fact]
    public async Task APlainNamedSessionCookieIsNotReadOverHttps()
    {
        // A cookie planted without the prefix (from plain HTTP or a sibling subdomain) does not sign anyone in.
        var plain = await SignInOverHttpAndReadCookieAsync();
        var https = site.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://localhost"), AllowAutoRedirect = false, HandleCookies = false });
        using var request = new HttpRequestMessage(HttpMethod.Get, "/umbraco");
        request.Headers.Add("Cookie", plain);

        var refused = await https.SendAsync(request);

        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.Equal("/umbraco/login", refused.Headers.Location?.AbsolutePath);
    }

    private async Task<string> SignInOverHttpAndReadCookieAsync()
    {
        var name = await BackofficeSession.CreateUserAsync(site, BackofficeRoles.Editor);
        var session = new BackofficeSession(BackofficeSession.NewClient(site));
        var signedIn = await session.PostFormAsync("/umbraco/login", new() { ["userName"] = name, ["password"] = BackofficeSession.Password });
        var auth = Assert.Single(SetCookies(signedIn), c => c.StartsWith("Participation.Backoffice=", StringComparison.Ordinal));
        Assert.DoesNotContain("secure", auth, StringComparison.OrdinalIgnoreCase);
        return auth.Split(';')[0];
    }

    private HttpClient Https() =>
        site.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://localhost"), AllowAutoRedirect = false, HandleCookies = true });

    private static string[] SetCookies(HttpResponseMessage response) =>
        response.Headers.TryGetValues("Set-Cookie", out var values) ? values.ToArray() : [];

    private static void AssertHardened(string cookie, string sameSite)
    {
        var attributes = cookie.Split(';', StringSplitOptions.TrimEntries).Skip(1).Select(a => a.ToLowerInvariant()).ToList();
        Assert.Contains("secure", attributes);
        Assert.Contains("httponly", attributes);
        Assert.Contains("path=/", attributes);
        Assert.Contains($"samesite={sameSite}", attributes);
        Assert.DoesNotContain(attributes, a => a.StartsWith("domain=", StringComparison.Ordinal));
    }
}
