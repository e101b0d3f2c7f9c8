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
    [InlineData("/media/../appsettings.json")]
    public async Task UnknownPathsGetTheNotFoundPageWith404(string path)
    {
        var response = await site.CreateClient().GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
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
