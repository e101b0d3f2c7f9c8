using System.Net;
using Participation.Web.Tests.Infrastructure;

namespace Participation.Web.Tests.PublicSite;

public sealed class NotFoundTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    [Theory]
    [InlineData("/ei-ole-olemassa/")]
    [InlineData("/uutiset/ei-ole-olemassa")]
    [InlineData("/sv/finns-inte/")]
    [InlineData("/en/uutiset/")]
    [InlineData("/de/")]
    [InlineData("/..%2F..%2Fetc%2Fpasswd")]
    [InlineData("/uutiset/%E4%F6")]
    [InlineData("/a/b/c/d/e/f/g/h/i/j/k/l/m/n/o/p/q/r/s/t/u/v/w/x/y/z/")]
    [InlineData("/media/abc/ei-ole.jpg")]
    public async Task UnknownPathsGetTheNotFoundPageWith404(string path)
    {
        var response = await site.CreateClient().GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task AMediaPathThatClimbsOutOfTheMediaFolderServesNothing()
    {
        // HttpClient's Uri removes "/media/.." before sending, so the request goes to the test server as given. A file
        // planted where "../appsettings.json" leads from the media folder shows whether anything was read from there.
        var server = site.Server;
        var planted = Path.Combine(Path.GetDirectoryName(site.MediaFolder)!, "appsettings.json");
        await File.WriteAllTextAsync(planted, "{ \"ConnectionStrings\": { \"Cms\": \"salaisuus-7d1f\" } }");

        var context = await server.SendAsync(c =>
        {
            c.Request.Method = "GET";
            c.Request.Path = "/media/../appsettings.json";
        });
        var body = await new StreamReader(context.Response.Body).ReadToEndAsync();

        Assert.Equal("/media/../appsettings.json", context.Request.Path.Value);
        Assert.True(context.Response.StatusCode is 400 or 404, $"answered {context.Response.StatusCode}");
        Assert.DoesNotContain("salaisuus-7d1f", body);
    }

    [Fact]
    public async Task TheNotFoundPageHelpsTheVisitorOnward()
    {
        var response = await site.CreateClient().GetAsync("/tata-sivua-ei-ole/");
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Sivua ei löytynyt", html);
        Assert.Contains("href=\"/uutiset/\"", html);
        Assert.Contains("name=\"q\"", html);
    }

    [Fact]
    public async Task AVeryLongPathIsRefusedWithoutAServerError()
    {
        var response = await site.CreateClient().GetAsync("/" + new string('a', 5000));

        Assert.True((int)response.StatusCode is 404 or 414, $"answered {(int)response.StatusCode}");
    }
}
