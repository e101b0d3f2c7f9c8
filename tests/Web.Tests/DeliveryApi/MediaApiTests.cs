using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Participation.Cms.Media;
using Participation.Cms.PropertyEditors;
using SkiaSharp;

namespace Participation.Web.Tests.DeliveryApi;

/// <summary>Reference sections 1.2 and 4.3: the Media API's fetch, filters, sorts, paths and shapes.</summary>
public sealed class MediaApiTests(DeliveryApiSite api) : IClassFixture<DeliveryApiSite>
{
    private MediaService Media => api.Site.Services.GetRequiredService<MediaService>();

    [Fact]
    public async Task TheRootsChildrenAreEveryTopLevelMediaItemInTheResponseShape()
    {
        var expected = api.Site.Snapshot.MediaChildren(null).Count;

        var answer = await api.GetAsync("/media?fetch=children:/&take=100");

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.True(expected > 0);
        Assert.Equal(expected, answer.Total);
        var first = answer.Items[0]!.AsObject();
        Assert.Equal(["path", "createDate", "updateDate", "focalPoint", "crops", "id", "name", "mediaType", "url", "extension", "width", "height", "bytes", "properties"], first.Select(p => p.Key));
        Assert.DoesNotContain(first["properties"]!.AsObject(), p => p.Key.StartsWith("umbraco", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AFolderIsFoundByKeyOrPathAndAnItemByItsPathOfNames()
    {
        var folder = await Media.CreateFolderAsync("Kuvapankki Testi", null, "testi");
        var image = await Media.CreateAsync(new CreateMedia("Kokouskuva", "kokous.png", Png(40, 30)) { ParentKey = folder, FocalPoint = new FocalPoint(0.25, 0.75) }, "testi");
        await Media.CreateAsync(new CreateMedia("Aamukuva", "aamu.png", Png(20, 20)) { ParentKey = folder }, "testi");

        var byKey = await api.GetAsync($"/media?fetch=children:{folder}");
        var byPath = await api.GetAsync("/media?fetch=children:/KUVAPANKKI testi/");
        var item = await api.GetAsync("/media/item/kuvapankki%20testi/kokouskuva");
        var items = await api.GetAsync($"/media/items?id={image}&id={Guid.NewGuid()}&id={image}");

        Assert.Equal(["Kokouskuva", "Aamukuva"], byKey.Names);
        Assert.Equal(byKey.Names, byPath.Names);
        Assert.Equal(image.ToString(), (string)item.Json["id"]!);
        Assert.Equal("/kuvapankki testi/kokouskuva/", (string)item.Json["path"]!);
        Assert.Equal(0.25, (double)item.Json["focalPoint"]!["left"]!);
        Assert.Equal(40, (int)item.Json["width"]!);
        Assert.Equal("Folder", (string)(await api.GetAsync($"/media/item/{folder}")).Json["mediaType"]!);
        Assert.Single(items.Json.AsArray());
        Assert.Equal(HttpStatusCode.NotFound, (await api.GetAsync("/media/item/kuvapankki testi/ei-ole")).Status);
        Assert.Equal(0, (await api.GetAsync("/media?fetch=children:/ei-kansiota")).Total);
    }

    [Fact]
    public async Task FiltersAndSortsWorkAndTheFirstSortIsPrimary()
    {
        var folder = await Media.CreateFolderAsync("Lajittelu", null, "testi");
        await Media.CreateFolderAsync("c-kansio", folder, "testi");
        api.Site.Clock.Advance(TimeSpan.FromMinutes(1));
        await Media.CreateAsync(new CreateMedia("b-kuva", "b.png", Png(10, 10)) { ParentKey = folder }, "testi");
        api.Site.Clock.Advance(TimeSpan.FromMinutes(1));
        await Media.CreateAsync(new CreateMedia("A-kuva", "a.png", Png(10, 10)) { ParentKey = folder }, "testi");
        var children = $"/media?fetch=children:{folder}";

        Assert.Equal(["A-kuva", "b-kuva", "c-kansio"], (await api.GetAsync($"{children}&sort=name:asc")).Names);
        Assert.Equal(["c-kansio", "b-kuva", "A-kuva"], (await api.GetAsync($"{children}&sort=name:desc")).Names);
        Assert.Equal(["b-kuva", "A-kuva"], (await api.GetAsync($"{children}&filter=mediaType:Image&sort=createDate:asc")).Names);
        Assert.Equal(0, (await api.GetAsync($"{children}&filter=mediaType:image")).Total);
        Assert.Equal(["c-kansio"], (await api.GetAsync($"{children}&filter=name:KANSIO")).Names);
        Assert.Equal(["c-kansio", "b-kuva", "A-kuva"], (await api.GetAsync($"{children}&sort=createDate:asc&sort=name:asc")).Names);
        Assert.Equal(["A-kuva", "b-kuva", "c-kansio"], (await api.GetAsync($"{children}&sort=sortOrder:asc&sort=name:asc")).Names);
        Assert.Equal(["c-kansio", "b-kuva", "A-kuva"], (await api.GetAsync($"{children}&sort=sortOrder:asc&sort=name:desc")).Names);
        Assert.Equal(["A-kuva"], (await api.GetAsync($"{children}&sort=name:asc&take=1")).Names);
        Assert.Equal(3, (await api.GetAsync($"{children}&take=0")).Total);
    }

    [Theory]
    [InlineData("/media")]
    [InlineData("/media?fetch=descendants:/")]
    [InlineData("/media?fetch=ancestors:/")]
    [InlineData("/media?fetch=children:/&filter=name")]
    [InlineData("/media?fetch=children:/&filter=type:Image")]
    [InlineData("/media?fetch=children:/&filter=name:a:b")]
    [InlineData("/media?fetch=children:/&sort=name")]
    [InlineData("/media?fetch=children:/&sort=level:asc")]
    [InlineData("/media?fetch=children:/&skip=-1")]
    [InlineData("/media?fetch=children:/&take=x")]
    [InlineData("/media?fetch=children:/&fields=properties[")]
    public async Task AMalformedMediaQueryIsA400Problem(string query)
    {
        var answer = await api.GetAsync(query);

        Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
        Assert.Equal("Error", (string)answer.Json["type"]!);
    }

    [Fact]
    public async Task ARenameIsInTheNextAnswer()
    {
        var image = await Media.CreateAsync(new CreateMedia("Vanha nimi", "vanha.png", Png(12, 12)), "testi");
        Assert.Equal("Vanha nimi", (string)(await api.GetAsync($"/media/item/{image}")).Json["name"]!);
        Assert.NotNull((await api.GetAsync($"/media/item/{image}")).Header("Age"));

        await Media.UpdateAsync(image, "Uusi nimi", new Dictionary<string, string> { ["fi"] = "Vaihtoehtoinen teksti" }, new FocalPoint(0.5, 0.5), "testi");

        var renamed = await api.GetAsync($"/media/item/{image}");
        Assert.Equal("Uusi nimi", (string)renamed.Json["name"]!);
        Assert.Equal("Vaihtoehtoinen teksti", (string)renamed.Json["properties"]!["altText"]!);
        Assert.Contains("Uusi nimi", (await api.GetAsync("/media?fetch=children:/&take=1000")).Names);
    }

    [Fact]
    public async Task MediaAccessFollowsItsOwnSettings()
    {
        await using (var off = DeliveryApiSite.With(new() { ["DeliveryApi:Media:Enabled"] = "false" }))
        {
            Assert.Equal(HttpStatusCode.NotFound, (await off.GetAsync("/media?fetch=children:/")).Status);
        }

        await using var keyOnly = DeliveryApiSite.With(new() { ["DeliveryApi:Media:PublicAccess"] = "false" });
        Assert.Equal(HttpStatusCode.Unauthorized, (await keyOnly.GetAsync("/media?fetch=children:/")).Status);
        Assert.Equal(HttpStatusCode.OK, (await keyOnly.GetAsync("/media?fetch=children:/", ("Api-Key", DeliveryApiSite.ApiKey))).Status);
        Assert.Equal(HttpStatusCode.OK, (await keyOnly.GetAsync("/content")).Status);
    }

    private static byte[] Png(int width, int height)
    {
        using var bitmap = new SKBitmap(width, height);
        using var data = SKImage.FromBitmap(bitmap).Encode(SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }
}
