using System.Net;

namespace Participation.Web.Tests.DeliveryApi;

/// <summary>
/// Reference section 7.10: unpublished and trashed content never appears without preview and the key, by any route:
/// by key, by path, in items, and in each kind of fetch.
/// </summary>
public sealed class VisibilityTests(DeliveryApiSite api) : IClassFixture<DeliveryApiSite>
{
    [Fact]
    public async Task ANeverPublishedItemIsNowhere()
    {
        var key = await api.PublishArticleAsync("Julkaisematon salainen uutinen", "Ei näy.", publish: false);

        await AssertNowhereAsync(key, "Julkaisematon salainen uutinen", "/uutiset/julkaisematon-salainen-uutinen/");
    }

    [Fact]
    public async Task AnUnpublishedItemAndItsChildrenAreNowhere()
    {
        var key = await api.PublishArticleAsync("Poistettava julkaisu", "Näkyy hetken.");
        var path = "/uutiset/poistettava-julkaisu/";
        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync($"/content/item{path}")).Status);

        await api.Content.UnpublishAsync(key, null, "testi");

        await AssertNowhereAsync(key, "Poistettava julkaisu", path);
    }

    [Fact]
    public async Task ATrashedItemIsNowhere()
    {
        var key = await api.PublishArticleAsync("Roskakoriin siirretty uutinen", "Näkyy hetken.");
        var path = "/uutiset/roskakoriin-siirretty-uutinen/";
        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync($"/content/item/{key}")).Status);

        await api.Tree.TrashAsync(key, "testi");

        await AssertNowhereAsync(key, "Roskakoriin siirretty uutinen", path);
        Assert.Equal(HttpStatusCode.NotFound, (await api.GetAsync($"/content/item/{key}", ("Preview", "true"), ("Api-Key", DeliveryApiSite.ApiKey))).Status);
    }

    private async Task AssertNowhereAsync(Guid key, string name, string path)
    {
        Assert.Equal(HttpStatusCode.NotFound, (await api.GetAsync($"/content/item/{key}")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await api.GetAsync($"/content/item{path}")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await api.GetAsync($"/content/item/{key}", ("Api-Key", DeliveryApiSite.ApiKey))).Status);
        Assert.Empty((await api.GetAsync($"/content/items?id={key}")).Json.AsArray());
        Assert.DoesNotContain(name, (await api.GetAsync("/content?fetch=children:/uutiset&take=1000")).Names);
        Assert.DoesNotContain(name, (await api.GetAsync("/content?fetch=descendants:/&take=1000")).Names);
        Assert.DoesNotContain(name, (await api.GetAsync("/content?take=1000")).Names);
        Assert.DoesNotContain(name, (await api.GetAsync($"/content?filter=name:{Uri.EscapeDataString(name)}")).Names);
        Assert.Equal(0, (await api.GetAsync($"/content?fetch=ancestors:{key}")).Total);
        Assert.Equal(0, (await api.GetAsync($"/content?fetch=children:{key}")).Total);
    }
}
