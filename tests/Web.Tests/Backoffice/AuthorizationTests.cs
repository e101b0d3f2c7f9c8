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
    private static readonly string[] Anonymous = ["umbraco/login", "umbraco/login/external", "umbraco/setup", "umbraco/access-denied", "umbraco/preview/{key:guid}", "umbraco/logout", "umbraco/signin-oidc"];

    [Fact]
    public async Task EveryBackofficeEndpointSendsAnonymousVisitorsToSignIn()
    {
        var client = BackofficeSession.NewClient(site);
        var routes = BackofficeRoutes();
        Assert.True(routes.Count >= 8, $"only {routes.Count} backoffice endpoints were found");

        foreach (var route in routes.Where(r => !Anonymous.Contains(r)))
        {
            foreach (var method in MethodsOf(route))
            {
                var response = await client.SendAsync(new HttpRequestMessage(method, "/" + Concrete(route)));
                var refused = response.StatusCode == HttpStatusCode.Unauthorized
                    || (response.StatusCode == HttpStatusCode.Redirect && PathOf(response.Headers.Location!) == "/umbraco/login")
                    || (method == HttpMethod.Post && response.StatusCode == HttpStatusCode.BadRequest); // antiforgery refuses before anything runs
                Assert.True(refused, $"{method} /{route} answered {(int)response.StatusCode} to an anonymous visitor");
            }
        }
    }

    [Fact]
    public async Task AdminPagesRefuseEditorsAndWriters()
    {
        foreach (var role in new[] { BackofficeRoles.Editor, BackofficeRoles.Writer })
        {
            var session = await BackofficeSession.SignInAsync(site, role);
            foreach (var route in BackofficeRoutes().Where(r => r.StartsWith("umbraco/admin", StringComparison.Ordinal)))
            {
                var response = await session.Client.GetAsync("/" + Concrete(route));
                Assert.Equal("/umbraco/access-denied", response.Headers.Location?.AbsolutePath);
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
            Assert.True(response.Headers.Location?.AbsolutePath == "/umbraco/access-denied", $"handler {handler} answered {(int)response.StatusCode}");
        }

        foreach (var handler in new[] { "Restore", "Delete", "MoveUp" })
        {
            var response = await writer.PostFormAsync("/umbraco", new() { ["key"] = article.Key.ToString(), ["order"] = article.Key.ToString() }, $"/umbraco?handler={handler}");
            Assert.Equal("/umbraco/access-denied", response.Headers.Location?.AbsolutePath);
        }

        Assert.Equal("/umbraco/access-denied", (await writer.Client.GetAsync($"/umbraco/content/{association.Key}")).Headers.Location?.AbsolutePath);
        Assert.NotNull(site.Snapshot.GetByKey(article.Key));
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

    private List<string> BackofficeRoutes() =>
        site.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Select(e => e.RoutePattern.RawText?.TrimStart('/') ?? "")
            .Where(r => r.StartsWith("umbraco", StringComparison.OrdinalIgnoreCase))
            .Distinct()
            .ToList();

    private string Concrete(string route) =>
        route.Replace("{key:guid}", site.Snapshot.OfType("newsArticle").First().Key.ToString(), StringComparison.Ordinal);
}
