using System.Net;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Participation.Cms.Backoffice.Security;
using Participation.Web.Tests.Infrastructure;

namespace Participation.Web.Tests.Backoffice;

/// <summary>Every backoffice endpoint refuses visitors who are not signed in, and those whose role is too small.</summary>
public sealed class AuthorizationTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    // Pages that must answer without signing in: the sign-in itself, first-admin setup (token-checked), and signed preview links.
    private static readonly string[] Anonymous = ["umbraco/login", "umbraco/login/external", "umbraco/setup", "umbraco/reset-password", "umbraco/access-denied", "umbraco/preview/{key:guid}", "umbraco/logout", "umbraco/signin-oidc"];

    [Fact]
    public async Task EveryBackofficeEndpointSendsAnonymousVisitorsToSignIn()
    {
        var client = BackofficeSession.NewClient(site);
        var routes = BackofficeRoutes();
        Assert.True(routes.Count >= 8, $"only {routes.Count} backoffice endpoints were found");
        // A valid antiforgery token, so a POST is refused for who is asking and not for a missing token.
        var token = await AnonymousTokenAsync(client);

        foreach (var route in routes.Where(r => !Anonymous.Contains(r)))
        {
            foreach (var method in MethodsOf(route))
            {
                using var request = new HttpRequestMessage(method, "/" + Concrete(route));
                if (method == HttpMethod.Post)
                {
                    request.Content = new FormUrlEncodedContent([new("__RequestVerificationToken", token)]);
                }

                var response = await client.SendAsync(request);
                var refused = response.StatusCode == HttpStatusCode.Unauthorized
                    || (response.StatusCode == HttpStatusCode.Redirect && PathOf(response.Headers.Location!) == "/umbraco/login");
                Assert.True(refused, $"{method} /{route} answered {(int)response.StatusCode} to an anonymous visitor");
            }
        }
    }

    [Fact]
    public async Task AdminPagesRefuseEditorsAndWriters()
    {
        var adminRoutes = BackofficeRoutes().Where(r => r.StartsWith("umbraco/admin", StringComparison.Ordinal)).ToList();
        Assert.True(adminRoutes.Count >= 2, $"only {adminRoutes.Count} admin pages were found");

        foreach (var role in new[] { BackofficeRoles.Editor, BackofficeRoles.Writer })
        {
            var session = await BackofficeSession.SignInAsync(site, role);
            foreach (var route in adminRoutes)
            {
                var response = await session.Client.GetAsync("/" + Concrete(route));
                Assert.True(IsRefusal(response), $"{role}: GET /{route} answered {(int)response.StatusCode} {response.Headers.Location}");
            }
        }
    }

    [Fact]
    public async Task WritersCannotPublishMoveOrTrashAndCannotEditOtherContentTypes()
    {
        var writer = await BackofficeSession.SignInAsync(site, BackofficeRoles.Writer);
        var article = site.Snapshot.OfType("newsArticle").First();
        var association = site.Snapshot.OfType("association").First();

        foreach (var handler in new[] { "Publish", "Unpublish", "Schedule", "Trash" })
        {
            var response = await writer.PostFormAsync($"/umbraco/content/{article.Key}", new() { ["culture"] = "fi", ["name"] = article.Name("fi") }, $"/umbraco/content/{article.Key}?handler={handler}");
            Assert.True(IsRefusal(response), $"handler {handler} answered {(int)response.StatusCode}");
        }

        foreach (var action in new[] { "/umbraco?handler=Restore", "/umbraco?handler=Delete", "/umbraco/sort?handler=MoveUp", "/umbraco/sort?handler=MoveDown", "/umbraco/sort?handler=Order", $"/umbraco/sort?parent={site.Snapshot.OfType("newsList").Single().Key}&handler=Order" })
        {
            var response = await writer.PostFormAsync("/umbraco", new() { ["key"] = article.Key.ToString(), ["order"] = article.Key.ToString() }, action);
            Assert.True(IsRefusal(response), $"tree handler {action} answered {(int)response.StatusCode}");
        }

        Assert.True(IsRefusal(await writer.Client.GetAsync("/umbraco/sort")));

        Assert.True(IsRefusal(await writer.Client.GetAsync($"/umbraco/content/{association.Key}")));
        Assert.True(IsRefusal(await writer.Client.GetAsync($"/umbraco/content/{association.Key}/history")));
        Assert.True(IsRefusal(await writer.PostFormAsync($"/umbraco/content/{article.Key}", new() { ["culture"] = "fi", ["name"] = "Kirjoittajan luonnos" }, $"/umbraco/content/{association.Key}?handler=Save")));
        Assert.NotNull(site.Snapshot.GetByKey(article.Key));
        Assert.Equal(HttpStatusCode.OK, (await writer.Client.GetAsync($"/umbraco/content/{article.Key}")).StatusCode);
    }

    [Fact]
    public async Task TheRichTextEditorIsOfferedTheSitesPagesAndMediaToLinkToButOnlyInTheBackoffice()
    {
        var editor = await BackofficeSession.SignInAsync(site, BackofficeRoles.Writer);

        var json = await editor.Client.GetStringAsync("/umbraco/api/link-targets");
        var anonymous = await BackofficeSession.NewClient(site).GetAsync("/umbraco/api/link-targets");

        Assert.Contains("\"url\":\"/uutiset/\"", json);
        Assert.Contains("\"url\":\"/media/", json);
        Assert.True(anonymous.StatusCode is HttpStatusCode.Unauthorized || PathOf(anonymous.Headers.Location!) == "/umbraco/login");
    }

    /// <summary>A real refusal: 403, or the cookie scheme's redirect to the access-denied or sign-in page. A 400 or a 404 is not one.</summary>
    internal static bool IsRefusal(HttpResponseMessage response) =>
        response.StatusCode == HttpStatusCode.Forbidden
        || (response.StatusCode == HttpStatusCode.Redirect && PathOf(response.Headers.Location!) is "/umbraco/access-denied" or "/umbraco/login");

    private static async Task<string> AnonymousTokenAsync(HttpClient client)
    {
        var html = await client.GetStringAsync("/umbraco/login");
        var token = System.Text.RegularExpressions.Regex.Match(html, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
        Assert.False(string.IsNullOrEmpty(token), "the sign-in page has no antiforgery token");
        return WebUtility.HtmlDecode(token);
    }

    // Razor pages answer GET and POST; API endpoints only what they declare.
    private IEnumerable<HttpMethod> MethodsOf(string route)
    {
        var declared = site.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.TrimStart('/') == route)
            .SelectMany(e => e.Metadata.GetMetadata<Microsoft.AspNetCore.Routing.HttpMethodMetadata>()?.HttpMethods ?? ["GET", "POST"])
            .Distinct();
        return declared.Select(m => new HttpMethod(m));
    }

    // Cookie authentication redirects with an absolute URL, pages with a relative one.
    private static string PathOf(Uri location) => location.IsAbsoluteUri ? location.AbsolutePath : location.OriginalString.Split('?')[0];

    // Umbraco's public APIs live under /umbraco too (the Forms API, later the Delivery API); they are for visitors by
    // contract and have tests of their own. Everything else under /umbraco is the backoffice.
    // The public APIs, and their reference (OpenAPI documents and the page): what anyone may read, as on Umbraco.
    private static readonly string[] PublicApis = ["umbraco/forms/delivery/api/", "umbraco/delivery/api/", "umbraco/swagger"];

    private List<string> BackofficeRoutes() =>
        site.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Select(e => e.RoutePattern.RawText?.TrimStart('/') ?? "")
            .Where(r => r.StartsWith("umbraco", StringComparison.OrdinalIgnoreCase))
            .Where(r => !PublicApis.Any(api => r.StartsWith(api, StringComparison.OrdinalIgnoreCase)))
            .Distinct()
            .ToList();

    // Any {name:guid} parameter (content keys, add-ons' form and entry ids) gets a real key, so the route matches.
    private string Concrete(string route) =>
        System.Text.RegularExpressions.Regex.Replace(route, @"\{[A-Za-z]+:guid\}", site.Snapshot.OfType("newsArticle").First().Key.ToString());
}
