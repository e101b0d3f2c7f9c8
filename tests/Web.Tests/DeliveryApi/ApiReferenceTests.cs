using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Participation.Web.Tests.Infrastructure;

namespace Participation.Web.Tests.DeliveryApi;

/// <summary>The OpenAPI documents, the reference page and the .http file describe every endpoint, and every request in the file runs.</summary>
public sealed partial class ApiReferenceTests(DeliveryApiSite api) : IClassFixture<DeliveryApiSite>
{
    private static readonly string HttpFile = Path.Combine(Repository.Root, "src", "Web", "DeliveryApi.http");

    [Fact]
    public async Task TheOpenApiDocumentNamesEveryEndpointWithItsParameters()
    {
        var document = JsonNode.Parse(await api.Site.CreateClient().GetStringAsync("/umbraco/swagger/delivery/swagger.json"))!;
        var paths = document["paths"]!.AsObject();

        Assert.Equal(DeliveryRoutes().Order(), paths.Select(p => p.Key).Order());
        var query = paths["/umbraco/delivery/api/v2/content"]!["get"]!;
        var names = query["parameters"]!.AsArray().Select(p => (string)p!["name"]!).ToList();
        Assert.Superset(new HashSet<string> { "fetch", "filter", "sort", "skip", "take", "expand", "fields", "Accept-Language", "Api-Key", "Preview", "Start-Item" }, names.ToHashSet());
        Assert.NotNull(query["responses"]!["400"]);
        var forms = JsonNode.Parse(await api.Site.CreateClient().GetStringAsync("/umbraco/swagger/forms/swagger.json"))!;
        Assert.All(forms["paths"]!.AsObject(), p => Assert.StartsWith("/umbraco/forms/", p.Key));
        Assert.NotEmpty(forms["paths"]!.AsObject());
    }

    [Fact]
    public async Task TheReferencePageListsEveryEndpointUnderTheStrictPolicy()
    {
        var response = await api.Site.CreateClient().GetAsync("/umbraco/swagger");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("unsafe-inline", response.Headers.GetValues("Content-Security-Policy").Single());
        Assert.DoesNotContain("<script", html);
        foreach (var route in DeliveryRoutes())
        {
            Assert.Contains($"GET {route}", WebUtility.HtmlDecode(Regex.Replace(html, "<.*?>", "")).Replace("{**path}", "{path}").Replace("{id:guid}", "{id}"));
        }
    }

    [Fact]
    public async Task TheHttpFileHasARequestPerEndpointAndEachAnswers200()
    {
        var requests = (await File.ReadAllTextAsync(HttpFile)).Split("###").Skip(1).Select(Parse).ToList();

        foreach (var route in DeliveryRoutes())
        {
            var pattern = "^" + Regex.Escape(route).Replace(@"\{id}", "[0-9a-f-]{36}").Replace(@"\{path}", "[^?]+") + @"/?(\?|$)";
            Assert.Contains(requests, r => Regex.IsMatch(r.Url, pattern));
        }

        foreach (var (url, headers) in requests)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, url);
            foreach (var (name, value) in headers)
            {
                request.Headers.TryAddWithoutValidation(name, value);
            }

            var answer = await api.Site.CreateClient().SendAsync(request);
            Assert.True(answer.StatusCode == HttpStatusCode.OK, $"{url} answered {(int)answer.StatusCode}");
        }
    }

    /// <summary>One request of the file: its GET line (variables filled in for the test host) and its header lines.</summary>
    private static (string Url, List<(string Name, string Value)> Headers) Parse(string block)
    {
        var lines = block.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#')).ToList();
        var url = Request().Match(lines.First(l => l.StartsWith("GET ", StringComparison.Ordinal))).Groups["url"].Value
            .Replace("{{api}}", "{{host}}/umbraco/delivery/api/v2").Replace("{{host}}", "");
        var headers = lines.Where(l => !l.StartsWith("GET ", StringComparison.Ordinal) && l.Contains(':'))
            .Select(l => (l[..l.IndexOf(':')].Trim(), l[(l.IndexOf(':') + 1)..].Trim())).ToList();
        return (url, headers);
    }

    /// <summary>The Delivery and Media API routes the site maps, written as OpenAPI writes them.</summary>
    private IEnumerable<string> DeliveryRoutes() =>
        api.Site.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Select(e => "/" + e.RoutePattern.RawText!.Trim('/'))
            .Where(r => r.StartsWith("/umbraco/delivery/api/v2/", StringComparison.Ordinal))
            .Select(r => r.Replace("{**path}", "{path}").Replace("{id:guid}", "{id}"))
            .Distinct();

    [GeneratedRegex(@"^GET (?<url>\S+)", RegexOptions.Multiline)]
    private static partial Regex Request();
}
