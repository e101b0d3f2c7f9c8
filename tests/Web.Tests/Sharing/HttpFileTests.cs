using System.Net;
using System.Text.RegularExpressions;
using Participation.Web.Tests.Infrastructure;

namespace Participation.Web.Tests.Sharing;

/// <summary>Every request in the feeds' and share images' .http files runs against the demo site as its heading says.</summary>
public sealed partial class HttpFileTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    [Theory]
    [InlineData("src/Extensions/Feeds/Feeds.http")]
    [InlineData("src/Extensions/Sharing/Images/ShareImages.http")]
    public async Task EveryRequestInTheFileAnswersAsItsHeadingSays(string file)
    {
        var text = await File.ReadAllTextAsync(Path.Combine(Repository.Root, file));
        var requests = Request().Matches(text);
        Assert.NotEmpty(requests);
        var client = site.CreateClient();
        foreach (Match request in requests)
        {
            var expected = request.Groups["heading"].Value.Contains("400", StringComparison.Ordinal) ? HttpStatusCode.BadRequest : HttpStatusCode.OK;
            var response = await client.GetAsync(request.Groups["path"].Value);
            Assert.True(expected == response.StatusCode, $"{request.Groups["path"].Value} answered {(int)response.StatusCode}");
        }
    }

    [GeneratedRegex(@"^###(?<heading>[^\n]*)\nGET \{\{site\}\}(?<path>\S+)", RegexOptions.Multiline)]
    private static partial Regex Request();
}
