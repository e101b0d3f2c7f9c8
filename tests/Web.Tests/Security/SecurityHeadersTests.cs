using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using Participation.Web.Tests.Backoffice;
using Participation.Web.Tests.Infrastructure;

namespace Participation.Web.Tests.Security;

/// <summary>Every kind of response carries the same security headers; every script the server writes carries the response's nonce.</summary>
public sealed partial class SecurityHeadersTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    [Fact]
    public async Task EveryPageTypeFileApiAndErrorCarriesTheHeaders()
    {
        using var client = site.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var snapshot = site.Snapshot;
        var pages = new[] { "home", "newsList", "newsArticle", "blog", "blogPost", "directory", "association", "events", "partnershipTable", "projects", "project", "areaCommittees", "areaCommittee", "spaces", "space", "search", "page" }
            .Select(type => snapshot.OfType(type).First(c => c.Url("fi") is not null).Url("fi")!)
            .ToList();
        var hero = snapshot.Media(snapshot.Home!, "heroImage", "fi")[0];
        var requests = pages.Select(p => Get(p))
            .Concat(
            [
                Get("/ei-ole-olemassa/"),
                Get("/css/site.css"),
                Get("/feeds/news.rss"),
                Get("/sitemap.xml"),
                Get("/robots.txt"),
                Get("/js/forms.js"),
                Get(hero.Url),
                Get(hero.Resize(320)),
                Get("/umbraco/login"),
                Get("/umbraco"),
                Get("/umbraco/forms/delivery/api/v1/definitions/00000000-0000-4000-8300-000000000004"),
                new HttpRequestMessage(HttpMethod.Post, "/umbraco/forms/delivery/api/v1/entries/00000000-0000-4000-8300-000000000004")
                {
                    Content = new StringContent("{", Encoding.UTF8, "application/json"),
                },
                new HttpRequestMessage(HttpMethod.Post, "/saavutettavuusseloste/") { Content = new FormUrlEncodedContent([]) },
            ]).ToList();

        Assert.True(requests.Count >= 27);
        foreach (var request in requests)
        {
            var label = $"{request.Method} {request.RequestUri}";
            var response = await client.SendAsync(request);
            var csp = response.Headers.GetValues("Content-Security-Policy").Single();
            Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
            Assert.DoesNotContain("unsafe-eval", csp, StringComparison.Ordinal);
            foreach (var directive in new[] { "object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'", "script-src 'nonce-" })
            {
                Assert.True(csp.Contains(directive, StringComparison.Ordinal), $"{label}: no {directive} in {csp}");
            }

            Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
            Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
            Assert.Equal("strict-origin-when-cross-origin", response.Headers.GetValues("Referrer-Policy").Single());
            Assert.Contains("camera=()", response.Headers.GetValues("Permissions-Policy").Single(), StringComparison.Ordinal);
            Assert.False(response.Headers.Contains("Server"), label);

            // ASVS 4.1.1: every text or XML answer names its character set, so no browser guesses one (JSON is UTF-8 by definition).
            if (response.Content.Headers.ContentType is { MediaType: { } type } contentType
                && (type.StartsWith("text/", StringComparison.Ordinal) || type.EndsWith("xml", StringComparison.Ordinal) || type.Contains("javascript", StringComparison.Ordinal)))
            {
                Assert.True(string.Equals(contentType.CharSet, "utf-8", StringComparison.OrdinalIgnoreCase), $"{label}: {contentType} names no UTF-8 character set");
            }
        }
    }

    [Fact]
    public async Task ScriptsCarryThisResponsesNonceAndNoOther()
    {
        using var client = site.CreateClient();
        var first = await client.GetAsync("/saavutettavuusseloste/");
        var second = await client.GetAsync("/saavutettavuusseloste/");

        var nonce = Nonce(first);
        Assert.NotEqual(nonce, Nonce(second));
        var html = await first.Content.ReadAsStringAsync();
        var scripts = Script().Matches(html);
        Assert.NotEmpty(scripts);
        Assert.All(scripts, s => Assert.Contains($"nonce=\"{nonce}\"", s.Value, StringComparison.Ordinal));
    }

    [Fact]
    public async Task TheBackofficeIsNeverStoredAndItsBundleCarriesTheNonce()
    {
        var editor = await BackofficeSession.SignInAsync(site, "Editor");
        var response = await editor.Client.GetAsync("/umbraco");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("no-store", response.Headers.CacheControl?.ToString() ?? "", StringComparison.Ordinal);
        var html = await response.Content.ReadAsStringAsync();
        var bundle = Assert.Single(Script().Matches(html), s => s.Value.Contains("backoffice.js", StringComparison.Ordinal));
        Assert.Contains($"nonce=\"{Nonce(response)}\"", bundle.Value, StringComparison.Ordinal);
    }

    private static HttpRequestMessage Get(string url) => new(HttpMethod.Get, url);

    private static string Nonce(HttpResponseMessage response) =>
        NonceSource().Match(response.Headers.GetValues("Content-Security-Policy").Single()).Groups[1].Value;

    [GeneratedRegex("<script[^>]*>")]
    private static partial Regex Script();

    [GeneratedRegex("'nonce-([^']+)'")]
    private static partial Regex NonceSource();
}
