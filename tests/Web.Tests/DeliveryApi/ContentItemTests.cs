using System.Net;
using System.Text.Json.Nodes;
using Participation.Cms.PublishedCache;

namespace Participation.Web.Tests.DeliveryApi;

/// <summary>Reference sections 1.1, 3 and 4: items by key, by path and several at once, in Umbraco's shapes.</summary>
public sealed class ContentItemTests(DeliveryApiSite api) : IClassFixture<DeliveryApiSite>
{
    private PublishedSnapshot Snapshot => api.Site.Snapshot;

    [Fact]
    public async Task AnItemByKeyHasUmbracosFieldsInUmbracosOrder()
    {
        var newsList = Snapshot.OfType("newsList").Single();

        var answer = await api.GetAsync($"/content/item/{newsList.Key}");

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.Equal("application/json", answer.MediaType);
        var item = answer.Json.AsObject();
        Assert.Equal(["contentType", "name", "createDate", "updateDate", "route", "id", "properties", "cultures"], item.Select(p => p.Key));
        Assert.Equal("newsList", (string)item["contentType"]!);
        Assert.Equal(newsList.Name("fi"), (string)item["name"]!);
        Assert.Equal(newsList.Key.ToString(), (string)item["id"]!);
        Assert.Equal("/uutiset/", (string)item["route"]!["path"]!);
        Assert.Equal(Snapshot.Home!.Key.ToString(), (string)item["route"]!["startItem"]!["id"]!);
        Assert.Equal(Snapshot.Home!.Cultures["fi"].Segment, (string)item["route"]!["startItem"]!["path"]!);
        Assert.EndsWith("Z", (string)item["createDate"]!);
        Assert.Equal(newsList.Cultures["sv"].Route, (string)item["cultures"]!["sv"]!["path"]!);
        Assert.Equal(newsList.Cultures.Keys.Order(), item["cultures"]!.AsObject().Select(c => c.Key).Order());
    }

    [Fact]
    public async Task AnInvariantItemHasNoCulturesAndAnEmptyPropertyIsNull()
    {
        var association = Snapshot.OfType("association").First(a => a.IsRoutable("fi"));
        var empty = association.ContentType.Properties.First(p => !association.HasValue(p.Alias, "fi"));

        var item = (await api.GetAsync($"/content/item/{association.Key}")).Json;

        Assert.Empty(item["cultures"]!.AsObject());
        Assert.True(item["properties"]!.AsObject().ContainsKey(empty.Alias));
        Assert.Null(item["properties"]![empty.Alias]);
        Assert.Equal(association.ContentType.Properties.Select(p => p.Alias), item["properties"]!.AsObject().Select(p => p.Key));
    }

    [Fact]
    public async Task AMediaPickerIsAlwaysAnArrayOfMediaWithCrops()
    {
        var home = (await api.GetAsync($"/content/item/{Snapshot.Home!.Key}")).Json;

        var hero = home["properties"]!["heroImage"]!.AsArray();
        var media = Assert.Single(hero)!.AsObject();
        Assert.Equal(["focalPoint", "crops", "id", "name", "mediaType", "url", "extension", "width", "height", "bytes", "properties"], media.Select(p => p.Key));
        Assert.StartsWith("/media/", (string)media["url"]!);
        Assert.Equal("Image", (string)media["mediaType"]!);
    }

    [Fact]
    public async Task AnItemByPathIsFoundWithOrWithoutItsSlashesAndInTheAskedCulture()
    {
        var newsList = Snapshot.OfType("newsList").Single();

        var withSlash = await api.GetAsync("/content/item/uutiset/");
        var without = await api.GetAsync("/content/item/uutiset");
        var swedish = await api.GetAsync("/content/item/nyheter/", ("Accept-Language", "sv"));
        var regional = await api.GetAsync("/content/item/nyheter", ("Accept-Language", "sv-FI"));
        var browserList = await api.GetAsync("/content/item/uutiset", ("Accept-Language", "sv,en;q=0.9"));
        var root = await api.GetAsync("/content/item/");

        Assert.Equal(newsList.Key.ToString(), (string)withSlash.Json["id"]!);
        Assert.Equal(newsList.Key.ToString(), (string)without.Json["id"]!);
        Assert.Equal(newsList.Name("sv"), (string)swedish.Json["name"]!);
        Assert.Equal("sv", swedish.Header("Content-Language"));
        Assert.Equal("/nyheter/", (string)swedish.Json["route"]!["path"]!);
        Assert.Equal(newsList.Name("sv"), (string)regional.Json["name"]!);

        // Umbraco reads Accept-Language only when it is one tag: a browser's weighted list keeps the default culture.
        Assert.Equal(newsList.Name("fi"), (string)browserList.Json["name"]!);
        Assert.Equal("fi", browserList.Header("Content-Language"));
        Assert.Equal(Snapshot.Home!.Key.ToString(), (string)root.Json["id"]!);
        Assert.Equal("/", (string)root.Json["route"]!["path"]!);
    }

    [Fact]
    public async Task APathInTheWrongCultureOrUnknownIsNotFound()
    {
        var swedishPathInFinnish = await api.GetAsync("/content/item/nyheter/");
        var unknown = await api.GetAsync("/content/item/ei-ole-olemassa/");
        var unknownKey = await api.GetAsync($"/content/item/{Guid.NewGuid()}");

        Assert.Equal(HttpStatusCode.NotFound, swedishPathInFinnish.Status);
        Assert.Equal(HttpStatusCode.NotFound, unknown.Status);
        Assert.Equal(HttpStatusCode.NotFound, unknownKey.Status);
        Assert.Equal("application/problem+json", unknownKey.MediaType);
        Assert.Equal(404, (int)unknownKey.Json["status"]!);
    }

    [Fact]
    public async Task ItemsAreABareArrayWithoutDuplicatesOrUnknownIds()
    {
        var news = Snapshot.OfType("newsArticle").Where(a => a.IsRoutable("fi")).Take(2).ToList();

        var answer = await api.GetAsync($"/content/items?id={news[1].Key}&id={Guid.NewGuid()}&id={news[0].Key}&id={news[1].Key}&id=not-a-guid");

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        var items = Assert.IsType<JsonArray>(answer.Json);
        Assert.Equal([news[1].Key.ToString(), news[0].Key.ToString()], items.Select(i => (string)i!["id"]!));
        Assert.Empty((await api.GetAsync($"/content/items?id={Guid.NewGuid()}")).Json.AsArray());
    }

    [Fact]
    public async Task EveryAnswerVariesByTheApisHeadersAndNamesItsLanguage()
    {
        foreach (var path in new[] { "/content", "/content/item/uutiset", $"/content/items?id={Snapshot.Home!.Key}", "/content?fetch=nope:x" })
        {
            var answer = await api.GetAsync(path);
            Assert.Contains("Accept-Language", answer.Header("Vary"));
            Assert.Contains("Preview", answer.Header("Vary"));
            Assert.Contains("Start-Item", answer.Header("Vary"));
        }

        Assert.Equal("en", (await api.GetAsync("/content?take=1", ("Accept-Language", "en"))).Header("Content-Language"));
    }

    [Fact]
    public async Task AStartItemIsFoundBySegmentOrKeyAndAnUnknownOneIsA404WithUmbracosText()
    {
        var home = Snapshot.Home!;
        var bySegment = await api.GetAsync("/content/item/uutiset", ("Start-Item", "/" + home.Cultures["fi"].Segment.ToUpperInvariant() + "/"));
        var byKey = await api.GetAsync("/content?take=1", ("Start-Item", home.Key.ToString()));
        var unknown = await api.GetAsync("/content", ("Start-Item", "ei-juurta"));

        Assert.Equal(HttpStatusCode.OK, bySegment.Status);
        Assert.Equal(HttpStatusCode.OK, byKey.Status);
        Assert.Equal((await api.GetAsync("/content?take=1")).Total - 1, byKey.Total); // everything but the root itself
        Assert.Equal(HttpStatusCode.NotFound, unknown.Status);
        Assert.Equal("The Start-Item could not be found", (string)unknown.Json!);
    }

    [Fact]
    public async Task APickedItemIsAReferenceUntilExpanded()
    {
        var article = Snapshot.OfType("newsArticle").First(a => a.IsRoutable("fi") && a.HasValue("project", "fi"));

        var plain = (await api.GetAsync($"/content/item/{article.Key}")).Json;
        var expanded = (await api.GetAsync($"/content/item/{article.Key}?expand=properties[project]")).Json;
        var all = (await api.GetAsync($"/content/item/{article.Key}?expand=properties[$all]")).Json;
        var limited = (await api.GetAsync($"/content/item/{article.Key}?fields=properties[summary]")).Json;
        var nested = (await api.GetAsync($"/content/item/{article.Key}?expand=properties[project]&fields=properties[project[properties[summary]]]")).Json;

        Assert.Empty(plain["properties"]!["project"]!["properties"]!.AsObject());
        Assert.Null(plain["properties"]!["project"]!["cultures"]);
        Assert.NotEmpty(expanded["properties"]!["project"]!["properties"]!.AsObject());
        Assert.NotEmpty(all["properties"]!["project"]!["properties"]!.AsObject());
        Assert.Equal(["summary"], limited["properties"]!.AsObject().Select(p => p.Key));
        Assert.Equal(["project"], nested["properties"]!.AsObject().Select(p => p.Key));
        Assert.Equal(["summary"], nested["properties"]!["project"]!["properties"]!.AsObject().Select(p => p.Key));
    }
}
