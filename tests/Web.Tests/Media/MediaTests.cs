using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Participation.Cms.Media;
using Participation.Web.Tests.Infrastructure;
using SkiaSharp;

namespace Participation.Web.Tests.Media;

public sealed class MediaTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    [Fact]
    public async Task MediaIsServedWithALongLivedCacheHeader()
    {
        var image = site.Snapshot.All.SelectMany(c => site.Snapshot.Media(c, "heroImage", "fi")).First();

        var response = await site.CreateClient().GetAsync(image.Url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/jpeg", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("max-age=31536000", response.Headers.CacheControl?.ToString());
    }

    [Fact]
    public async Task EverySquareCropIsMadeWhateverItsRounding()
    {
        // Found by a security review: 28 of 301 square sizes answered 500 (the crop rectangle rounded past the image).
        var image = site.Snapshot.All.SelectMany(c => site.Snapshot.Media(c, "heroImage", "fi")).First();
        var client = site.CreateClient();

        var failed = new List<int>();
        foreach (var size in Enumerable.Range(100, 40))
        {
            foreach (var rxy in new[] { "0,0", "1,1", "0.5,0.5" })
            {
                using var response = await client.GetAsync($"{image.Url}?width={size}&height={size}&mode=crop&rxy={rxy}");
                if (response.StatusCode != HttpStatusCode.OK)
                {
                    failed.Add(size);
                }
            }
        }

        Assert.Empty(failed);
    }

    [Fact]
    public async Task ACropIsMadeToTheRequestedSizeAndCached()
    {
        var image = site.Snapshot.All.SelectMany(c => site.Snapshot.Media(c, "heroImage", "fi")).First();
        var client = site.CreateClient();

        var first = await client.GetByteArrayAsync(image.Crop(300, 200));
        var second = await client.GetByteArrayAsync(image.Crop(300, 200));

        using var decoded = SKBitmap.Decode(first);
        Assert.Equal((300, 200), (decoded.Width, decoded.Height));
        Assert.Equal(first, second);
    }

    [Theory]
    [InlineData("?width=0")]
    [InlineData("?width=99999")]
    [InlineData("?width=abc")]
    [InlineData("?mode=stretch")]
    [InlineData("?rxy=2,2")]
    [InlineData("?width=100&height=100&mode=crop&rxy=NaN,NaN")]
    [InlineData("?width=100&height=100&mode=crop&rxy=Infinity,0.5")]
    public async Task BadVariantParametersAreA400(string query)
    {
        var image = site.Snapshot.All.SelectMany(c => site.Snapshot.Media(c, "heroImage", "fi")).First();

        var response = await site.CreateClient().GetAsync(image.Url + query);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task AnUploadedImageGetsItsSizeFromItsContent()
    {
        using var bitmap = new SKBitmap(64, 48);
        using var data = SKImage.FromBitmap(bitmap).Encode(SKEncodedImageFormat.Png, 100);

        var key = await site.Services.GetRequiredService<MediaService>().CreateAsync(new CreateMedia("Testikuva", "kuva.png", data.ToArray()), "editor");

        var media = site.Snapshot.GetMedia(key);
        Assert.NotNull(media);
        Assert.Equal((64, 48), (media.Width, media.Height));
        Assert.EndsWith(".png", media.Url);
        Assert.Equal(HttpStatusCode.OK, (await site.CreateClient().GetAsync(media.Url)).StatusCode);
    }

    [Fact]
    public async Task ARenamedExecutableIsRefusedAsAnImage()
    {
        var elf = new byte[] { 0x7F, (byte)'E', (byte)'L', (byte)'F', 2, 1, 1, 0, 0, 0, 0, 0 };

        var error = await Assert.ThrowsAsync<MediaUploadException>(() =>
            site.Services.GetRequiredService<MediaService>().CreateAsync(new CreateMedia("Kuva", "kuva.jpg", elf), "editor"));

        Assert.Contains("ei ole kuva", error.Message);
    }
}
