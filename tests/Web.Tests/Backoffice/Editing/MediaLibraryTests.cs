using System.Net;
using System.Net.Http.Json;
using AngleSharp.Html.Parser;
using Microsoft.Extensions.DependencyInjection;
using Participation.Cms.Backoffice.Security;
using Participation.Cms.Media;
using Participation.Web.Tests.Infrastructure;

namespace Participation.Web.Tests.Backoffice.Editing;

/// <summary>The media library a page at a time with thumbnails, its search over every folder, and several files in one upload.</summary>
public sealed class MediaLibraryTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    [Fact]
    public async Task AFolderOfSixtyFiveImagesShowsSixtyThumbnailsAndThenFive()
    {
        var editor = await BackofficeSession.SignInAsync(site, BackofficeRoles.Editor);
        var media = site.Services.GetRequiredService<MediaService>();
        var folder = await media.CreateFolderAsync("Sivutettu kansio", null, "test");
        for (var i = 1; i <= 65; i++)
        {
            await media.CreateAsync(new CreateMedia($"Sivukuva {i:00}", $"sivu-{i}.png", Png()) { ParentKey = folder }, "test");
        }

        var first = new HtmlParser().ParseDocument(await editor.Client.GetStringAsync($"/umbraco/media?folder={folder}"));
        var second = new HtmlParser().ParseDocument(await editor.Client.GetStringAsync($"/umbraco/media?folder={folder}&pg=2"));

        Assert.Equal(60, first.QuerySelectorAll(".media-grid li").Length);
        Assert.Equal("Sivukuva 65", first.QuerySelector(".media-grid .media-name")?.TextContent); // newest first
        Assert.EndsWith("?width=240&height=180&mode=crop", first.QuerySelector(".media-grid img")?.GetAttribute("src"));
        Assert.Equal("Tiedostot (65)", first.GetElementById("files-heading")?.TextContent);
        Assert.Equal(["Sivukuva 05", "Sivukuva 04", "Sivukuva 03", "Sivukuva 02", "Sivukuva 01"], second.QuerySelectorAll(".media-grid .media-name").Select(n => n.TextContent));
        Assert.Equal("Sivu 2 / 2", second.QuerySelector(".pager [aria-current=page]")?.TextContent);
        var thumbnail = await editor.Client.GetAsync(first.QuerySelector(".media-grid img")!.GetAttribute("src"));
        Assert.Equal("image/png", thumbnail.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task TheSearchFindsAFileInAnyFolderByName()
    {
        var editor = await BackofficeSession.SignInAsync(site, BackofficeRoles.Editor);
        var media = site.Services.GetRequiredService<MediaService>();
        var folder = await media.CreateFolderAsync("Syvä kansio", null, "test");
        var inner = await media.CreateFolderAsync("Syvempi kansio", folder, "test");
        var image = await media.CreateAsync(new CreateMedia("Kurkihirsi", "kurki.png", Png()) { ParentKey = inner }, "test");

        var page = new HtmlParser().ParseDocument(await editor.Client.GetStringAsync("/umbraco/media?q=kurkihir"));

        Assert.Equal([$"/umbraco/media/{image}"], page.QuerySelectorAll(".media-grid a").Select(a => a.GetAttribute("href")));
        Assert.Equal("1 tiedostoa nimellä ”kurkihir”", page.GetElementById("files-heading")?.TextContent);
    }

    [Fact]
    public async Task SeveralFilesAreAddedAtOnceAndABadOneIsNamedWithoutLosingTheOthers()
    {
        var editor = await BackofficeSession.SignInAsync(site, BackofficeRoles.Editor);
        var folder = await site.Services.GetRequiredService<MediaService>().CreateFolderAsync("Monta kerralla", null, "test");

        var both = await UploadAsync(editor, folder, ("ensimmainen.png", Png()), ("toinen.png", Png()));
        Assert.Equal(HttpStatusCode.Redirect, both.StatusCode);
        var after = new HtmlParser().ParseDocument(await editor.Client.GetStringAsync(both.Headers.Location!.OriginalString));
        Assert.Equal("2 tiedostoa lisättiin.", after.QuerySelector(".notice")?.TextContent);
        Assert.Equal(["ensimmainen", "toinen"], after.QuerySelectorAll(".media-grid .media-name").Select(n => n.TextContent).Order());

        var mixed = await UploadAsync(editor, folder, ("kolmas.png", Png()), ("ohjelma.exe", [0x4D, 0x5A, 0x90, 0x00, 0x03, 0x00]));
        Assert.Equal(HttpStatusCode.BadRequest, mixed.StatusCode);
        var page = new HtmlParser().ParseDocument(await mixed.Content.ReadAsStringAsync());
        Assert.StartsWith("ohjelma.exe: ", page.GetElementById("field-file-error")?.TextContent);
        Assert.Equal("1 tiedostoa lisättiin: kolmas.png.", page.QuerySelector(".notice")?.TextContent);
        Assert.Contains("kolmas", page.QuerySelectorAll(".media-grid .media-name").Select(n => n.TextContent));
    }

    [Fact]
    public async Task TheMediaPickerOffersImagesWithThumbnails()
    {
        var editor = await BackofficeSession.SignInAsync(site, BackofficeRoles.Editor);
        var image = await site.Services.GetRequiredService<MediaService>().CreateAsync(new CreateMedia("Kanervanummi", "kanerva.png", Png()), "test");

        var found = await editor.Client.GetFromJsonAsync<System.Text.Json.Nodes.JsonArray>("/umbraco/api/pickers/newsArticle/image?q=kanervanum");

        var option = Assert.Single(found!);
        Assert.Equal(image.ToString(), (string?)option!["value"]);
        Assert.Matches(@"^/media/.+\.png\?width=96&height=72&mode=crop$", (string?)option["thumbnail"]);
        var picture = await editor.Client.GetAsync((string)option["thumbnail"]!);
        Assert.Equal("image/png", picture.Content.Headers.ContentType?.MediaType);
    }

    private static async Task<HttpResponseMessage> UploadAsync(BackofficeSession editor, Guid folder, params (string Name, byte[] Bytes)[] files)
    {
        var page = await editor.Client.GetStringAsync($"/umbraco/media?folder={folder}");
        var token = BackofficeSession.Token().Match(page).Groups[1].Value;
        var form = new MultipartFormDataContent
        {
            { new StringContent(WebUtility.HtmlDecode(token)), "__RequestVerificationToken" },
            { new StringContent(folder.ToString()), "folder" },
        };
        foreach (var (name, bytes) in files)
        {
            form.Add(new ByteArrayContent(bytes), "file", name);
        }

        return await editor.Client.PostAsync("/umbraco/media", form);
    }

    internal static byte[] Png()
    {
        using var bitmap = new SkiaSharp.SKBitmap(16, 12);
        bitmap.Erase(new SkiaSharp.SKColor(30, 120, 60));
        using var data = SkiaSharp.SKImage.FromBitmap(bitmap).Encode(SkiaSharp.SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }
}
