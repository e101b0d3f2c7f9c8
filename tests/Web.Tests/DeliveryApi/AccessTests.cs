using System.Net;

namespace Participation.Web.Tests.DeliveryApi;

/// <summary>Reference section 1.3: the API off, key-only access, preview only with the key, hidden content types.</summary>
public sealed class AccessTests
{
    private const string Key = DeliveryApiSite.ApiKey;

    [Fact]
    public async Task WhenTheApiIsOffEveryEndpointAnswers401()
    {
        await using var api = DeliveryApiSite.With(new() { ["DeliveryApi:Enabled"] = "false" });
        var home = api.Site.Snapshot.Home!.Key;

        foreach (var path in new[] { "/content", "/content/item/uutiset", $"/content/item/{home}", $"/content/items?id={home}" })
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await api.GetAsync(path, ("Api-Key", Key))).Status);
        }
    }

    [Fact]
    public async Task WithoutPublicAccessOnlyTheExactKeyGetsIn()
    {
        await using var api = DeliveryApiSite.With(new() { ["DeliveryApi:PublicAccess"] = "false" });

        Assert.Equal(HttpStatusCode.Unauthorized, (await api.GetAsync("/content")).Status);
        Assert.Equal(HttpStatusCode.Unauthorized, (await api.GetAsync("/content", ("Api-Key", Key.ToUpperInvariant()))).Status);
        Assert.Equal(HttpStatusCode.Unauthorized, (await api.GetAsync("/content/item/uutiset", ("Api-Key", Key + " "))).Status);
        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync("/content", ("Api-Key", Key))).Status);
        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync("/content/item/uutiset", ("Api-Key", Key))).Status);
    }

    [Fact]
    public async Task PreviewShowsDraftsOnlyWithTheKey()
    {
        await using var api = new DeliveryApiSite();
        var key = await api.PublishArticleAsync("Esikatselun luonnosuutinen", "Vain luonnos.", publish: false);
        var preview = ("Preview", "true");

        Assert.Equal(HttpStatusCode.Unauthorized, (await api.GetAsync($"/content/item/{key}", preview)).Status);
        Assert.Equal(HttpStatusCode.Unauthorized, (await api.GetAsync($"/content/item/{key}", preview, ("Api-Key", "wrong"))).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await api.GetAsync($"/content/item/{key}", ("Api-Key", Key))).Status);

        var byKey = await api.GetAsync($"/content/item/{key}", ("Preview", "TRUE"), ("Api-Key", Key));
        Assert.Equal(HttpStatusCode.OK, byKey.Status);
        Assert.Equal("Esikatselun luonnosuutinen", (string)byKey.Json["name"]!);
        Assert.Equal($"/preview-{key}/", (string)byKey.Json["route"]!["path"]!);

        var byPreviewPath = await api.GetAsync($"/content/item/preview-{key}", preview, ("Api-Key", Key));
        Assert.Equal(key.ToString(), (string)byPreviewPath.Json["id"]!);
        var children = await api.GetAsync("/content?fetch=children:/uutiset&take=100", preview, ("Api-Key", Key));
        Assert.Contains("Esikatselun luonnosuutinen", children.Names);
        Assert.Equal(HttpStatusCode.NotFound, (await api.GetAsync($"/content/item/preview-{key}", ("Api-Key", Key))).Status);
    }

    [Fact]
    public async Task PreviewFollowsSavesWithoutAPublish()
    {
        await using var api = new DeliveryApiSite();
        var key = await api.PublishArticleAsync("Julkaistu otsikko", "Julkaistu tiivistelmä.");
        var headers = new[] { ("Preview", "true"), ("Api-Key", Key) };
        Assert.Equal("Julkaistu otsikko", (string)(await api.GetAsync($"/content/item/{key}", headers)).Json["name"]!);

        var draft = api.Site.Snapshot.GetByKey(key)!;
        var document = new Participation.Cms.Content.ContentDocument { Values = { ["publishDate"] = DateTimeOffset.UtcNow.ToString("O") } };
        document.Cultures["fi"] = new() { Name = "Luonnoksen uusi otsikko", Segment = draft.Cultures["fi"].Segment, Values = { ["summary"] = "Muutettu." } };
        await api.Content.SaveAsync(key, document, "testi");

        Assert.Equal("Luonnoksen uusi otsikko", (string)(await api.GetAsync($"/content/item/{key}", headers)).Json["name"]!);
        Assert.Equal("Julkaistu otsikko", (string)(await api.GetAsync($"/content/item/{key}")).Json["name"]!);
    }

    [Fact]
    public async Task ADisallowedTypeIsHiddenByEveryRouteUnlessAllowedWins()
    {
        await using var api = DeliveryApiSite.With(new() { ["DeliveryApi:DisallowedContentTypeAliases:0"] = "association" });
        var association = api.Site.Snapshot.OfType("association").First(a => a.IsRoutable("fi"));
        var path = association.Url("fi")!;

        Assert.Equal(HttpStatusCode.NotFound, (await api.GetAsync($"/content/item/{association.Key}")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await api.GetAsync($"/content/item{path}")).Status);
        Assert.Empty((await api.GetAsync($"/content/items?id={association.Key}")).Json.AsArray());
        Assert.Equal(0, (await api.GetAsync("/content?filter=contentType:association")).Total);
        Assert.Equal(0, (await api.GetAsync("/content?fetch=children:/yhdistykset")).Total);
        Assert.Equal(HttpStatusCode.NotFound, (await api.GetAsync($"/content/item/{association.Key}", ("Preview", "true"), ("Api-Key", Key))).Status);
        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync("/content/item/yhdistykset")).Status);

        await using var allowed = DeliveryApiSite.With(new()
        {
            ["DeliveryApi:DisallowedContentTypeAliases:0"] = "association",
            ["DeliveryApi:AllowedContentTypeAliases:0"] = "association",
        });
        Assert.Equal(HttpStatusCode.OK, (await allowed.GetAsync($"/content/item/{association.Key}")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await allowed.GetAsync("/content/item/yhdistykset")).Status);
    }
}
