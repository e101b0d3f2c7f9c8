using System.Net;
using AngleSharp.Html.Parser;
using Participation.Web.Tests.Infrastructure;
using SkiaSharp;

namespace Participation.Web.Tests.Media;

/// <summary>
/// Pictures come at the sizes a layout may need (srcset and sizes) and in WebP for browsers that take it, every listed
/// candidate made at the width it says; the home page's hero, an article's picture and the news cards are drawn so.
/// </summary>
public sealed class ResponsivePictureTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    [Theory]
    [InlineData("/", "img.hero-image")]
    [InlineData("/uutiset/", ".card img")]
    public async Task EveryCandidateOfAPictureIsMadeAtItsWidthInItsFormat(string path, string selector)
    {
        var client = site.CreateClient();
        var document = new HtmlParser().ParseDocument(await client.GetStringAsync(path));
        var image = document.QuerySelector(selector) ?? throw new Xunit.Sdk.XunitException($"{path} has no {selector}");
        var picture = image.ParentElement!;
        Assert.Equal("PICTURE", picture.TagName);
        var webp = picture.QuerySelector("source[type='image/webp']")!;
        Assert.False(string.IsNullOrWhiteSpace(image.GetAttribute("sizes")));
        Assert.Equal(image.GetAttribute("sizes"), webp.GetAttribute("sizes"));

        foreach (var (srcset, type) in new[] { (image.GetAttribute("srcset")!, "image/jpeg"), (webp.GetAttribute("srcset")!, "image/webp") })
        {
            var candidates = srcset.Split(", ").Select(c => c.Split(' ')).ToList();
            Assert.True(candidates.Count >= 2, $"{path}: one size only in {srcset}");
            foreach (var candidate in candidates)
            {
                var url = WebUtility.HtmlDecode(candidate[0]);
                using var response = await client.GetAsync(url);
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
                Assert.Equal(type, response.Content.Headers.ContentType?.MediaType);
                using var decoded = SKBitmap.Decode(await response.Content.ReadAsByteArrayAsync());
                Assert.Equal(int.Parse(candidate[1].TrimEnd('w'), System.Globalization.CultureInfo.InvariantCulture), decoded.Width);
                Assert.Equal((double)int.Parse(image.GetAttribute("width")!, System.Globalization.CultureInfo.InvariantCulture) / int.Parse(image.GetAttribute("height")!, System.Globalization.CultureInfo.InvariantCulture),
                    (double)decoded.Width / decoded.Height, 2);
            }
        }
    }

    [Fact]
    public async Task AFormatOtherThanWebpIsRefusedWithAProblem()
    {
        var image = site.Snapshot.All.SelectMany(c => site.Snapshot.Media(c, "heroImage", "fi")).First();

        using var response = await site.CreateClient().GetAsync($"{image.Url}?width=640&format=gif");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("format must be webp", await response.Content.ReadAsStringAsync());
    }
}
