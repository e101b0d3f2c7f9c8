using System.Net;

namespace Participation.Web.Tests.DeliveryApi;

/// <summary>
/// Answers are output-cached and evicted the moment a change is applied: a publish, an unpublish and a move show in
/// the very next answer. The <c>Age</c> header shows an answer came from the cache.
/// </summary>
public sealed class CacheEvictionTests(DeliveryApiSite api) : IClassFixture<DeliveryApiSite>
{
    [Fact]
    public async Task ASecondAskIsServedFromTheCacheButAPreviewNever()
    {
        var home = api.Site.Snapshot.Home!.Key;
        await api.GetAsync($"/content/item/{home}?cache=probe");
        Assert.NotNull((await api.GetAsync($"/content/item/{home}?cache=probe")).Header("Age"));

        var preview = new[] { ("Preview", "true"), ("Api-Key", DeliveryApiSite.ApiKey) };
        await api.GetAsync($"/content/item/{home}?cache=preview", preview);
        Assert.Null((await api.GetAsync($"/content/item/{home}?cache=preview", preview)).Header("Age"));
    }

    [Fact]
    public async Task APublishedChangeIsInTheNextAnswer()
    {
        var key = await api.PublishArticleAsync("Välimuistin ensimmäinen otsikko", "Ensin.");
        var item = $"/content/item/{key}";
        var list = "/content?fetch=children:/uutiset&take=1000";
        Assert.Equal("Välimuistin ensimmäinen otsikko", (string)(await api.GetAsync(item)).Json["name"]!);
        Assert.NotNull((await api.GetAsync(item)).Header("Age"));
        var before = await api.GetAsync(list);
        Assert.NotNull((await api.GetAsync(list)).Header("Age"));

        var document = new Participation.Cms.Content.ContentDocument { Values = { ["publishDate"] = DateTimeOffset.UtcNow.ToString("O") } };
        document.Cultures["fi"] = new() { Name = "Välimuistin toinen otsikko", Segment = "valimuistin-ensimmainen-otsikko", Values = { ["summary"] = "Sitten.", ["body"] = "<p>Teksti.</p>" } };
        await api.Content.SaveAsync(key, document, "testi");
        Assert.Equal("Välimuistin ensimmäinen otsikko", (string)(await api.GetAsync(item)).Json["name"]!); // a save is only a draft
        await api.Content.PublishAsync(key, null, "testi");

        Assert.Equal("Välimuistin toinen otsikko", (string)(await api.GetAsync(item)).Json["name"]!);
        var after = await api.GetAsync(list);
        Assert.Contains("Välimuistin toinen otsikko", after.Names);
        Assert.DoesNotContain("Välimuistin ensimmäinen otsikko", after.Names);
        Assert.Equal(before.Total, after.Total);
    }

    [Fact]
    public async Task ANewlyPublishedItemJoinsACachedList()
    {
        var list = "/content?filter=contentType:newsArticle&take=0";
        var before = (await api.GetAsync(list)).Total;
        Assert.NotNull((await api.GetAsync(list)).Header("Age"));

        await api.PublishArticleAsync("Uusi uutinen välimuistin ohi", "Heti näkyviin.");

        Assert.Equal(before + 1, (await api.GetAsync(list)).Total);
    }

    [Fact]
    public async Task AnUnpublishIsA404AtOnce()
    {
        var key = await api.PublishArticleAsync("Pian piilotettava", "Hetken näkyvissä.");
        await api.GetAsync($"/content/item/{key}");
        await api.GetAsync("/content/item/uutiset/pian-piilotettava/");
        Assert.NotNull((await api.GetAsync($"/content/item/{key}")).Header("Age"));

        await api.Content.UnpublishAsync(key, null, "testi");

        Assert.Equal(HttpStatusCode.NotFound, (await api.GetAsync($"/content/item/{key}")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await api.GetAsync("/content/item/uutiset/pian-piilotettava/")).Status);
    }

    [Fact]
    public async Task AMoveChangesTheRouteOfTheItemAndOfWhatIsBelowIt()
    {
        var home = api.Site.Snapshot.Home!;
        var about = api.Site.Snapshot.Children(home).Single(c => c.Cultures["fi"].Segment == "tietoa");
        var parent = await PageAsync("Siirrettävä sivu", home.Key);
        var child = await PageAsync("Sen alasivu", parent);
        var parentItem = $"/content/item/{parent}";
        var childItem = $"/content/item/{child}";
        Assert.Equal("/siirrettava-sivu/sen-alasivu/", (string)(await api.GetAsync(childItem)).Json["route"]!["path"]!);
        await api.GetAsync(parentItem);
        Assert.NotNull((await api.GetAsync(childItem)).Header("Age"));
        Assert.NotNull((await api.GetAsync(parentItem)).Header("Age"));

        await api.Tree.MoveAsync(parent, about.Key, "testi");

        Assert.Equal("/tietoa/siirrettava-sivu/", (string)(await api.GetAsync(parentItem)).Json["route"]!["path"]!);
        Assert.Equal("/tietoa/siirrettava-sivu/sen-alasivu/", (string)(await api.GetAsync(childItem)).Json["route"]!["path"]!);
        var oldAddress = await api.GetAsync("/content/item/siirrettava-sivu/sen-alasivu/");
        Assert.Equal(HttpStatusCode.MovedPermanently, oldAddress.Status); // not a cached 200
        Assert.Equal("/tietoa/siirrettava-sivu/sen-alasivu/", oldAddress.Header("Location"));
        Assert.Contains("Siirrettävä sivu", (await api.GetAsync("/content?fetch=children:/tietoa&take=1000")).Names);
    }

    private async Task<Guid> PageAsync(string name, Guid parent)
    {
        var document = new Participation.Cms.Content.ContentDocument();
        document.Cultures["fi"] = new() { Name = name, Values = { ["summary"] = "Sivu.", ["body"] = "<p>Sivun teksti.</p>" } };
        var key = await api.Content.CreateAsync(new("page", parent, document), "testi");
        await api.Content.PublishAsync(key, null, "testi");
        return key;
    }
}
