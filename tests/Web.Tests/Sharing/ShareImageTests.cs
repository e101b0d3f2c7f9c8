using System.Net;
using Participation.Web.Tests.Infrastructure;
using SkiaSharp;

namespace Participation.Web.Tests.Sharing;

/// <summary>Every card's image: drawn 1200 × 630 PNGs for pages without a photo, photos cropped to the same size.</summary>
public sealed class ShareImageTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    [Theory]
    [InlineData("partnershipTable")]
    [InlineData("association")]
    [InlineData("page")]
    public async Task APageWithoutAPhotoGetsADrawnPngOfTheCardSize(string contentType)
    {
        var item = site.Snapshot.OfType(contentType).First();
        var image = await ImageOfAsync(item.Url("fi")!);

        Assert.EndsWith(".png", new Uri(image.Url).AbsolutePath);
        Assert.Equal("image/png", image.ContentType);
        using var bitmap = SKBitmap.Decode(image.Bytes);
        Assert.Equal((1200, 630), (bitmap.Width, bitmap.Height));
        AssertNotBlank(bitmap);
    }

    [Fact]
    public async Task AnArticleWithAPhotoGetsThePhotoCroppedToTheCardSize()
    {
        var article = site.Snapshot.OfType("blogPost").First(a => a.HasValue("image", "fi"));
        var image = await ImageOfAsync(article.Url("fi")!);

        Assert.Equal("image/jpeg", image.ContentType);
        using var bitmap = SKBitmap.Decode(image.Bytes);
        Assert.Equal((1200, 630), (bitmap.Width, bitmap.Height));
        AssertNotBlank(bitmap);
    }

    [Fact]
    public async Task TwoPagesGetDifferentImages()
    {
        var events = site.Snapshot.OfType("partnershipTable").Take(2).ToList();
        var first = await ImageOfAsync(events[0].Url("fi")!);
        var second = await ImageOfAsync(events[1].Url("fi")!);
        Assert.NotEqual(first.Bytes, second.Bytes);
    }

    [Fact]
    public void TheTypefaceHasFinnishAndSwedishLetters()
    {
        foreach (var file in new[] { "DejaVuSans.ttf", "DejaVuSans-Bold.ttf" })
        {
            using var stream = typeof(Participation.Extensions.Sharing.ShareCard).Assembly.GetManifestResourceStream("Participation.Extensions.Sharing." + file)!;
            using var typeface = SKTypeface.FromStream(stream);
            using var font = new SKFont(typeface);
            Assert.True(font.ContainsGlyphs("äöåÄÖÅ–…€"), file);
        }
    }

    [Fact]
    public async Task UnknownOrUnpublishedItemsHaveNoImageAndBadAddressesAreProblems()
    {
        var client = site.CreateClient();
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/jako/{Guid.NewGuid()}/fi.png")).StatusCode);
        var page = site.Snapshot.OfType("page").First();
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/jako/{page.Key}/de.png")).StatusCode);
        foreach (var path in new[] { "/jako/abc/fi.png", $"/jako/{page.Key}/fi.gif" })
        {
            var response = await client.GetAsync(path);
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        }
    }

    internal async Task<(string Url, string? ContentType, byte[] Bytes)> ImageOfAsync(string pageUrl)
    {
        var client = site.CreateClient();
        var head = HeadDocument.Parse(await client.GetStringAsync(pageUrl));
        var url = head.Meta("og:image")!;
        var response = await client.GetAsync(new Uri(url).PathAndQuery);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("immutable", response.Headers.CacheControl!.ToString());
        return (url, response.Content.Headers.ContentType?.MediaType, await response.Content.ReadAsByteArrayAsync());
    }

    /// <summary>Many colours (text, label, photo) and no one colour covering nearly everything.</summary>
    internal static void AssertNotBlank(SKBitmap bitmap)
    {
        var counts = new Dictionary<SKColor, int>();
        for (var y = 0; y < bitmap.Height; y += 3)
        {
            for (var x = 0; x < bitmap.Width; x += 3)
            {
                var colour = bitmap.GetPixel(x, y);
                counts[colour] = counts.GetValueOrDefault(colour) + 1;
            }
        }

        Assert.True(counts.Count > 20, $"only {counts.Count} colours");
        Assert.True(counts.Values.Max() < counts.Values.Sum() * 0.95, "one colour covers the image");
    }
}
