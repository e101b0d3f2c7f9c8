using System.Buffers.Binary;
using System.IO.Compression;
using System.Net;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Participation.Cms.Backoffice.Security;
using Participation.Cms.Media;
using Participation.Web.Tests.Backoffice;
using Participation.Web.Tests.Infrastructure;
using SkiaSharp;

namespace Participation.Web.Tests.Security;

/// <summary>
/// Found by probing: a 560 KB 12000x12000 PNG or a 58-byte GIF claiming 26684x28020 was accepted, and three anonymous
/// requests for widths 50, 51 and 52 each decoded it in full (28 s, 3.5 GB). Sizes are checked at upload and before
/// every decode, and the public endpoint makes only a bounded set of sizes.
/// </summary>
public sealed class ImageBombTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    [Theory]
    [InlineData(12000, 12000)]
    [InlineData(10001, 20)]
    [InlineData(8000, 6000)]
    public async Task APngClaimingTooManyPixelsIsRefusedAtUpload(int width, int height)
    {
        var error = await Assert.ThrowsAsync<MediaUploadException>(() =>
            site.Services.GetRequiredService<MediaService>().CreateAsync(new CreateMedia("Pommi", "pommi.png", PngHeader(width, height)), "editor"));

        Assert.Contains("liian suuri", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ATinyGifClaimingHugeDimensionsIsRefusedInTheUploadFormWithA400()
    {
        var gif = GifHeader(26684, 28020);
        Assert.True(gif.Length < 64);
        var editor = await BackofficeSession.SignInAsync(site, BackofficeRoles.Editor);
        var html = await editor.Client.GetStringAsync("/umbraco/media");
        var token = System.Text.RegularExpressions.Regex.Match(html, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
        using var form = new MultipartFormDataContent
        {
            { new ByteArrayContent(gif), "file", "pommi.gif" },
            { new StringContent("Pommi"), "name" },
            { new StringContent(WebUtility.HtmlDecode(token)), "__RequestVerificationToken" },
        };

        var response = await editor.Client.PostAsync("/umbraco/media", form);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("26684 × 28020", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.DoesNotContain(site.Snapshot.AllMedia, m => m.Name == "Pommi");
    }

    [Fact]
    public async Task AnOversizedImageAlreadyInTheStoreAnswersA400InsteadOfBeingDecoded()
    {
        // Placed before the upload check existed (or copied onto the disk): the endpoint checks again before decoding.
        site.Services.GetRequiredService<IMediaStore>().Place("vanhapommi/pommi.png", PngHeader(12000, 12000));
        var client = site.CreateClient();

        var response = await client.GetAsync("/media/vanhapommi/pommi.png?width=50");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("12000", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/media/vanhapommi/pommi.png")).StatusCode);
    }

    [Fact]
    public async Task NearbyWidthsShareOneVariantSoAnonymousRequestsCannotMultiplyThem()
    {
        var key = await UploadAsync(1000, 600);
        var media = site.Snapshot.GetMedia(key)!;
        var client = site.CreateClient();

        var bodies = new List<byte[]>();
        foreach (var width in new[] { 50, 51, 52, 57, 63 })
        {
            bodies.Add(await client.GetByteArrayAsync($"{media.Url}?width={width}"));
        }

        Assert.All(bodies, b => Assert.Equal(bodies[0], b));
        Assert.Single(VariantsOf(media.Url));
        using var decoded = SKBitmap.Decode(bodies[0]);
        Assert.Equal(64, decoded.Width);
    }

    [Fact]
    public async Task CropsSnapToAllowedSizesAndAGridOfFocalPointsAndTheSitesOwnSizesAreExact()
    {
        var key = await UploadAsync(1600, 1000);
        var media = site.Snapshot.GetMedia(key)!;
        var client = site.CreateClient();

        foreach (var query in new[] { "width=101&height=99&mode=crop&rxy=0.31,0.69", "width=110&height=120&mode=crop&rxy=0.33,0.71", "width=128&height=128&mode=crop&rxy=0.3,0.7" })
        {
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"{media.Url}?{query}")).StatusCode);
        }

        Assert.Single(VariantsOf(media.Url));
        foreach (var (width, height) in new[] { (1200, 500), (1200, 675), (640, 360), (300, 200) })
        {
            using var exact = SKBitmap.Decode(await client.GetByteArrayAsync(media.Crop(width, height)));
            Assert.Equal((width, height), (exact.Width, exact.Height));
        }
    }

    [Fact]
    public async Task AFocalPointIsIgnoredWhenNothingIsCroppedSoItMakesNoNewVariant()
    {
        var key = await UploadAsync(800, 800);
        var media = site.Snapshot.GetMedia(key)!;
        var client = site.CreateClient();

        await client.GetByteArrayAsync($"{media.Url}?width=240");
        await client.GetByteArrayAsync($"{media.Url}?width=240&rxy=0.1,0.9");
        await client.GetByteArrayAsync($"{media.Url}?width=240&rxy=0.9,0.1&mode=max");

        Assert.Single(VariantsOf(media.Url));
    }

    private async Task<Guid> UploadAsync(int width, int height)
    {
        using var bitmap = new SKBitmap(width, height);
        using var data = SKImage.FromBitmap(bitmap).Encode(SKEncodedImageFormat.Png, 100);
        return await site.Services.GetRequiredService<MediaService>().CreateAsync(new CreateMedia("Kuva", "kuva.png", data.ToArray()), "editor");
    }

    private string[] VariantsOf(string url)
    {
        var folder = Path.Combine(site.Services.GetRequiredService<MediaOptions>().CacheFolder, url.Split('/')[2]);
        return Directory.Exists(folder) ? Directory.GetFiles(folder) : [];
    }

    /// <summary>A valid PNG signature and header chunk claiming the size, then a few bytes of image data: tiny on disk.</summary>
    internal static byte[] PngHeader(int width, int height)
    {
        using var png = new MemoryStream();
        png.Write([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);
        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, width);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), height);
        header[8] = 8; // bit depth
        header[9] = 2; // truecolour
        Chunk(png, "IHDR", header);
        using var compressed = new MemoryStream();
        using (var zlib = new ZLibStream(compressed, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            zlib.Write(new byte[1 + (Math.Min(width, 100) * 3)]);
        }

        Chunk(png, "IDAT", compressed.ToArray());
        Chunk(png, "IEND", []);
        return png.ToArray();
    }

    /// <summary>A GIF whose logical screen and only frame claim the size, with one pixel of data: under 64 bytes.</summary>
    internal static byte[] GifHeader(int width, int height)
    {
        var size = new byte[4];
        BinaryPrimitives.WriteUInt16LittleEndian(size, (ushort)width);
        BinaryPrimitives.WriteUInt16LittleEndian(size.AsSpan(2), (ushort)height);
        return
        [
            .. "GIF89a"u8, .. size, 0x80, 0, 0, 0, 0, 0, 0xFF, 0xFF, 0xFF,
            0x2C, 0, 0, 0, 0, .. size, 0, 0x02, 0x02, 0x44, 0x01, 0x00, 0x3B,
        ];
    }

    private static void Chunk(Stream png, string type, byte[] data)
    {
        var length = new byte[4];
        BinaryPrimitives.WriteInt32BigEndian(length, data.Length);
        png.Write(length);
        var typed = Encoding.ASCII.GetBytes(type).Concat(data).ToArray();
        png.Write(typed);
        var crc = new byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(crc, Crc32(typed));
        png.Write(crc);
    }

    private static uint Crc32(byte[] bytes)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in bytes)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++)
            {
                crc = (crc & 1) != 0 ? 0xEDB88320u ^ (crc >> 1) : crc >> 1;
            }
        }

        return ~crc;
    }
}
