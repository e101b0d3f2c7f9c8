using System.Net;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Mvc.Testing;
using Participation.Web.Tests.Infrastructure;

namespace Participation.Web.Tests.Security;

/// <summary>Found by probing: the README's command ran in Development, and a forged Host header reached sign-in redirects.</summary>
public sealed class ProductionDefaultsTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    [Fact]
    public void TheReadmesRunCommandStartsInProduction()
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(root!.FullName, "Participation.Site.sln")))
        {
            root = root.Parent;
        }

        Assert.Contains("dotnet run --project src/Web\n", File.ReadAllText(Path.Combine(root.FullName, "README.md")), StringComparison.Ordinal);
        var launch = JsonNode.Parse(File.ReadAllText(Path.Combine(root.FullName, "src", "Web", "Properties", "launchSettings.json")))!;
        foreach (var (name, profile) in launch["profiles"]!.AsObject())
        {
            Assert.Equal("Production", (string?)profile!["environmentVariables"]?["ASPNETCORE_ENVIRONMENT"]);
            _ = name;
        }
    }

    [Theory]
    [InlineData("evil.example")]
    [InlineData("localhost.evil.example")]
    public async Task AForgedHostIsRefusedAndNeverEchoedIntoARedirect(string host)
    {
        using var client = site.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        using var request = new HttpRequestMessage(HttpMethod.Get, "/umbraco");
        request.Headers.Host = host;

        var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.DoesNotContain(host, response.Headers.Location?.ToString() ?? "", StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheSitesOwnHostsAreServed()
    {
        using var client = site.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        foreach (var host in new[] { "localhost", "127.0.0.1" })
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "/");
            request.Headers.Host = host;
            Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(request)).StatusCode);
        }
    }
}
