using System.Globalization;
using System.Net;
using Participation.Cms.PublishedCache;

namespace Participation.Web.Tests.DeliveryApi;

/// <summary>Reference section 2: <c>GET /content</c> with fetch, filter, sort, skip and take, and the site's additions.</summary>
public sealed class ContentQueryTests(DeliveryApiSite api) : IClassFixture<DeliveryApiSite>
{
    private PublishedSnapshot Snapshot => api.Site.Snapshot;

    [Fact]
    public async Task TheDefaultPageIsTenItemsWithTheExactTotal()
    {
        var first = await api.GetAsync("/content");
        var none = await api.GetAsync("/content?take=0");
        var last = await api.GetAsync($"/content?skip={first.Total - 1}");
        var past = await api.GetAsync($"/content?skip={first.Total + 5}");

        Assert.Equal(10, first.Items.Count);
        Assert.True(first.Total > 30);
        Assert.Equal(first.Total, none.Total);
        Assert.Empty(none.Items);
        Assert.Single(last.Items);
        Assert.Empty(past.Items);
        Assert.Equal(first.Total, past.Total);
    }

    [Fact]
    public async Task ChildrenByPathOrKeyAreTheSnapshotsChildrenInSortOrder()
    {
        var newsList = Snapshot.OfType("newsList").Single();
        var expected = Snapshot.Children(newsList).Where(c => c.IsRoutable("fi")).Select(c => c.Name("fi")).ToList();

        var byPath = await api.GetAsync("/content?fetch=children:/uutiset/&take=100");
        var byKey = await api.GetAsync($"/content?fetch=children:{newsList.Key}&take=100");
        var upperCasePrefix = await api.GetAsync($"/content?fetch=CHILDREN:{newsList.Key}&take=100");

        Assert.Equal(expected, byPath.Names);
        Assert.Equal(expected, byKey.Names);
        Assert.Equal(expected, upperCasePrefix.Names);
        Assert.Equal(expected.Count, byPath.Total);
    }

    [Fact]
    public async Task AncestorsAreRootFirstAndDescendantsLeaveOutTheItemItself()
    {
        var article = Snapshot.OfType("newsArticle").First(a => a.IsRoutable("fi"));
        var newsList = Snapshot.Parent(article)!;

        var ancestors = await api.GetAsync($"/content?fetch=ancestors:{article.Key}");
        var descendants = await api.GetAsync($"/content?fetch=descendants:/uutiset&take=500");

        Assert.Equal([Snapshot.Home!.Name("fi"), newsList.Name("fi")], ancestors.Names);
        Assert.DoesNotContain(newsList.Name("fi"), descendants.Names);
        Assert.Contains(article.Name("fi"), descendants.Names);
        Assert.Equal(Snapshot.Children(newsList).Count(c => c.IsRoutable("fi")), descendants.Total);
    }

    [Fact]
    public async Task AFetchTargetThatIsNotThereIsAnEmptyPageNotAnError()
    {
        var byKey = await api.GetAsync($"/content?fetch=children:{Guid.NewGuid()}");
        var byPath = await api.GetAsync("/content?fetch=descendants:/ei-tallaista/");

        Assert.Equal(HttpStatusCode.OK, byKey.Status);
        Assert.Equal(0, byKey.Total);
        Assert.Equal(0, byPath.Total);
    }

    [Fact]
    public async Task ContentTypeFiltersAreExactWithOrListsAndNegation()
    {
        var articles = Snapshot.OfType("newsArticle").Count(a => a.IsRoutable("fi"));
        var posts = Snapshot.OfType("blogPost").Count(a => a.IsRoutable("fi"));
        var all = (await api.GetAsync("/content?take=0")).Total;

        var either = await api.GetAsync("/content?filter=contentType:newsArticle,blogPost&take=0");
        var neither = await api.GetAsync("/content?filter=contentType:!newsArticle,blogPost&take=0");
        var wrongCase = await api.GetAsync("/content?filter=contentType:NewsArticle&take=0");
        var nothing = await api.GetAsync("/content?filter=contentType:&take=0");
        var andName = await api.GetAsync("/content?filter=contentType:newsArticle&filter=name:!a&take=100");

        Assert.True(articles > 0 && posts > 0);
        Assert.Equal(articles + posts, either.Total);
        Assert.Equal(all - articles - posts, neither.Total);
        Assert.Equal(0, wrongCase.Total);
        Assert.Equal(0, nothing.Total);
        Assert.All(andName.Items, i => Assert.Equal("newsArticle", (string)i!["contentType"]!));
        Assert.All(andName.Names, n => Assert.DoesNotContain("a", n, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task NameFiltersMatchPartOfTheNameIgnoringCase()
    {
        var expected = Snapshot.All.Where(i => i.IsRoutable("fi") && i.Name("fi").Contains("kumppanuuspöytä", StringComparison.OrdinalIgnoreCase)).Select(i => i.Name("fi")).Order().ToList();

        var found = await api.GetAsync("/content?filter=name:KUMPPANUUSPÖYTÄ&take=100");
        var orList = await api.GetAsync("/content?filter=name:kumppanuuspöytä,zzzz-ei-mitään&take=100");
        var negated = await api.GetAsync("/content?filter=name:!kumppanuuspöytä&take=500");

        Assert.NotEmpty(expected);
        Assert.Equal(expected, found.Names.Order());
        Assert.Equal(expected, orList.Names.Order());
        Assert.DoesNotContain(negated.Names, n => n.Contains("kumppanuuspöytä", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task DateFiltersCompareWithEveryOperator()
    {
        var key = await api.PublishArticleAsync("Päivämääräsuodatuksen testiuutinen", "Suodatetaan luontipäivän mukaan.");
        var created = Snapshot.GetByKey(key)!.CreateDate;
        string At(DateTime t) => t.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        async Task<bool> Finds(string filter) =>
            (await api.GetAsync($"/content?filter=contentType:newsArticle&filter={Uri.EscapeDataString(filter)}&take=500")).Items.Any(i => (string)i!["id"]! == key.ToString());

        Assert.True(await Finds($"createDate>{At(created.AddSeconds(-5))}"));
        Assert.False(await Finds($"createDate>{At(created.AddSeconds(5))}"));
        Assert.True(await Finds($"createDate>:{At(created.AddSeconds(-1))}"));
        Assert.True(await Finds($"createDate<{At(created.AddSeconds(5))}"));
        Assert.False(await Finds($"createDate<{At(created.AddSeconds(-5))}"));
        Assert.True(await Finds($"createDate<:{At(created.AddSeconds(1))}"));
        Assert.True(await Finds($"createDate:{created:yyyy-MM-dd}"));
        Assert.False(await Finds($"createDate:{created.AddDays(-1):yyyy-MM-dd}"));
        Assert.True(await Finds($"updateDate>:{created.AddDays(-1):yyyy-MM-dd}"));
    }

    [Fact]
    public async Task SortsOrderByEachKeyAndOnlyALowerCaseAscIsAscending()
    {
        var children = "fetch=children:/uutiset&take=100";
        var ascending = await api.GetAsync($"/content?{children}&sort=name:asc");
        var upperAsc = await api.GetAsync($"/content?{children}&sort=name:ASC");
        var bySortOrder = await api.GetAsync($"/content?{children}&sort=sortOrder:desc");
        var byLevel = await api.GetAsync("/content?sort=level:asc&take=5");
        var twoKeys = await api.GetAsync("/content?filter=contentType:newsArticle,newsList&sort=level:desc&sort=name:asc&take=100");
        var finnish = StringComparer.Create(CultureInfo.GetCultureInfo("fi-FI"), ignoreCase: true);

        Assert.Equal(ascending.Names.Order(finnish), ascending.Names);
        Assert.Equal(ascending.Names.Reverse(), upperAsc.Names); // Umbraco compares "asc" case-sensitively
        Assert.Equal(ascending.Total, bySortOrder.Total);
        var expected = Snapshot.Children(Snapshot.OfType("newsList").Single()).Where(c => c.IsRoutable("fi")).Reverse().Select(c => c.Name("fi"));
        Assert.Equal(expected, bySortOrder.Names);
        Assert.Equal(Snapshot.Home!.Name("fi"), byLevel.Names[0]);
        Assert.Equal("newsList", (string)twoKeys.Items[^1]!["contentType"]!);
        var articleNames = twoKeys.Names.Take(twoKeys.Items.Count - 1).ToList();
        Assert.Equal(articleNames.Order(finnish), articleNames);
    }

    [Fact]
    public async Task TheFirstSortIsThePrimaryOneInEveryRequest()
    {
        var query = "/content?filter=contentType:newsArticle,newsList&take=100";

        // Asked twice: the second answer comes from the output cache, whose key builder reorders repeated values.
        foreach (var _ in Enumerable.Range(0, 2))
        {
            var nameFirst = await api.GetAsync($"{query}&sort=name:asc&sort=level:desc");
            var levelFirst = await api.GetAsync($"{query}&sort=level:desc&sort=name:asc");

            Assert.Equal(nameFirst.Names.Order(StringComparer.Create(CultureInfo.GetCultureInfo("fi-FI"), ignoreCase: true)), nameFirst.Names);
            Assert.Equal("newsList", (string)levelFirst.Items[^1]!["contentType"]!);
            Assert.NotEqual(nameFirst.Names, levelFirst.Names);
        }
    }

    [Fact]
    public async Task PropertiesFilterAndSortUnderTheirOwnNames()
    {
        var kouvola = Snapshot.OfType("association").Count(a => string.Equals(a.Value<string>("municipality", "fi"), "Kouvola", StringComparison.OrdinalIgnoreCase));

        var inKouvola = await api.GetAsync("/content?filter=municipality:kouvola&take=100&fields=properties[municipality]");
        var elsewhere = await api.GetAsync("/content?filter=contentType:association&filter=municipality:!Kouvola&take=100&fields=properties[municipality]");
        var events = await api.GetAsync("/content?filter=contentType:partnershipTable&filter=startTime>:2000-01-01&sort=startTime:asc&take=100&fields=properties[startTime]");

        Assert.True(kouvola > 0);
        Assert.Equal(kouvola, inKouvola.Total);
        Assert.All(elsewhere.Items, i => Assert.NotEqual("kouvola", ((string?)i!["properties"]!["municipality"])?.ToLowerInvariant()));
        var starts = events.Items.Select(i => DateTimeOffset.Parse((string)i!["properties"]!["startTime"]!, CultureInfo.InvariantCulture)).ToList();
        Assert.NotEmpty(starts);
        Assert.Equal(starts.Order(), starts);
    }
}
