using System.Net;

namespace Participation.Web.Tests.DeliveryApi;

/// <summary>
/// The site's full-text addition, <c>filter=q:</c>, on the same content index as /haku: Finnish word forms find the
/// item, it combines with fetch, filters, sort and paging like any filter, and a publish or unpublish shows in the next
/// answer even though an identical query was cached a moment before.
/// </summary>
public sealed class TextSearchTests(DeliveryApiSite api) : IClassFixture<DeliveryApiSite>
{
    [Fact]
    public async Task AnInflectedFormFindsTheItemFirst()
    {
        var key = await api.PublishArticleAsync("Sammalkylän kyläjuhla kokoaa asukkaat", "Juhla pidetään koululla.");

        var found = await api.GetAsync("/content?filter=q:sammalkylässä");

        Assert.Equal(HttpStatusCode.OK, found.Status);
        Assert.Equal(key.ToString(), (string)found.Items[0]!["id"]!);
    }

    [Fact]
    public async Task TextCombinesWithFetchAndTypeFilters()
    {
        await api.PublishArticleAsync("Pajulahden venerannan talkoot", "Talkoissa kunnostetaan laituri.");

        var everywhere = await api.GetAsync("/content?filter=q:pajulahden");
        var underNews = await api.GetAsync("/content?fetch=children:/uutiset&filter=q:pajulahden");
        var underNewsByDescendants = await api.GetAsync("/content?fetch=descendants:/uutiset&filter=q:pajulahden");
        var posts = await api.GetAsync("/content?filter=q:pajulahden&filter=contentType:blogPost");
        var otherBranch = await api.GetAsync($"/content?fetch=children:{Guid.NewGuid()}&filter=q:pajulahden");

        Assert.Equal(["Pajulahden venerannan talkoot"], everywhere.Names);
        Assert.Equal(["Pajulahden venerannan talkoot"], underNews.Names);
        Assert.Equal(1, underNewsByDescendants.Total);
        Assert.Equal(0, posts.Total);
        Assert.Equal(0, otherBranch.Total);
    }

    [Fact]
    public async Task ACommonWordPagesAndSortsWithoutLosingItems()
    {
        var byRelevance = await api.GetAsync("/content?filter=q:yhdistys&take=1000");
        var byName = await api.GetAsync("/content?filter=q:yhdistys&sort=name:asc&take=1000");
        var secondPage = await api.GetAsync("/content?filter=q:yhdistys&sort=name:asc&skip=2&take=2");

        Assert.True(byRelevance.Total > 3, $"only {byRelevance.Total} items mention an association");
        Assert.Equal(byRelevance.Total, byName.Total);
        Assert.Equal(byRelevance.Names.Order(), byName.Names.Order());
        Assert.Equal(byName.Names.Order(StringComparer.Create(new System.Globalization.CultureInfo("fi-FI"), true)), byName.Names);
        Assert.Equal(byName.Names.Skip(2).Take(2), secondPage.Names);
        Assert.Equal(byName.Total, secondPage.Total);
    }

    [Fact]
    public async Task APublishAndAnUnpublishShowInTheNextAnswer()
    {
        const string name = "Kivikasvimaa avautuu keväällä";
        var query = "/content?filter=q:kivikasvimaa";
        Assert.DoesNotContain(name, (await api.GetAsync(query)).Names);
        Assert.NotNull((await api.GetAsync(query)).Header("Age"));

        var key = await api.PublishArticleAsync(name, "Asukkaiden oma kasvimaa.");
        var published = await api.GetAsync(query);
        await api.Content.UnpublishAsync(key, null, "testi");
        var unpublished = await api.GetAsync(query);

        Assert.Equal([name], published.Names); // once the word itself is found, look-alikes are left out
        Assert.DoesNotContain(name, unpublished.Names);
    }

    [Fact]
    public async Task AMisspellingFallsBackToNearSpellingsOnlyWhenNothingMatchesExactly()
    {
        await api.PublishArticleAsync("Lumiveistoskilpailu torilla", "Veistokset tehdään lauantaina.");

        var misspelt = await api.GetAsync("/content?filter=q:lumiveistoskilpailluu");

        Assert.Contains("Lumiveistoskilpailu torilla", misspelt.Names);
    }

    [Fact]
    public async Task EmptyTextIsA400AndStopWordsFindNothing()
    {
        var empty = await api.GetAsync("/content?filter=q:%20");
        var stopWords = await api.GetAsync("/content?filter=q:ja");

        Assert.Equal(HttpStatusCode.BadRequest, empty.Status);
        Assert.Equal("Filter value not valid", (string)empty.Json["title"]!);
        Assert.Equal(HttpStatusCode.OK, stopWords.Status);
        Assert.Equal(0, stopWords.Total);
    }
}
