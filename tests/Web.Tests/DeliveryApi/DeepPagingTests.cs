using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Participation.Bench;
using Participation.Cms.Persistence;
using Participation.Cms.PublishedCache;

namespace Participation.Web.Tests.DeliveryApi;

/// <summary>
/// Reference sections 7.2 and 7.3: past item 10 000 the query still answers (Umbraco returned nothing), with the
/// right ten items for every sort key, and a sort never drops an item. 20 000 generated articles.
/// </summary>
public sealed class DeepPagingTests(DeepPagingTests.LargeSite large) : IClassFixture<DeepPagingTests.LargeSite>
{
    private const int Generated = 20_000;

    public static TheoryData<string> Sorts => new() { "", "createDate:asc", "createDate:desc", "updateDate:desc", "level:asc", "level:desc", "sortOrder:asc", "sortOrder:desc", "name:asc", "name:desc" };

    [Theory]
    [MemberData(nameof(Sorts))]
    public async Task Skip15000Take10IsTheRightTenForEverySortKey(string sort)
    {
        var snapshot = large.Api.Site.Snapshot;
        var expected = Expected(snapshot, sort).ToList();

        var answer = await large.Api.GetAsync($"/content?fetch=descendants:/&skip=15000&take=10{(sort.Length > 0 ? "&sort=" + sort : "")}");

        Assert.True(expected.Count > Generated);
        Assert.Equal(expected.Count, answer.Total);
        Assert.Equal(expected.Skip(15000).Take(10).Select(i => i.Key.ToString()), answer.Items.Select(i => (string)i!["id"]!));
    }

    [Fact]
    public async Task PagingThroughASortNeverDropsOrRepeatsAnItem()
    {
        var seen = new HashSet<string>();
        long total = 0;
        for (var skip = 0; ; skip += 1000)
        {
            var page = await large.Api.GetAsync($"/content?fetch=children:/uutiset&sort=level:asc&skip={skip}&take=1000&fields=properties[summary]");
            total = page.Total;
            if (page.Items.Count == 0)
            {
                break;
            }

            Assert.All(page.Items, i => Assert.True(seen.Add((string)i!["id"]!)));
        }

        Assert.Equal(total, seen.Count);
        Assert.True(seen.Count > Generated);
    }

    /// <summary>The same order written independently: document order, then a stable sort by the key.</summary>
    private static IEnumerable<PublishedContent> Expected(PublishedSnapshot snapshot, string sort)
    {
        var all = DocumentOrder(snapshot, snapshot.Home!).Where(i => i.IsRoutable("fi")).ToList();
        if (sort.Length == 0)
        {
            return all;
        }

        var (field, direction) = (sort.Split(':')[0], sort.Split(':')[1]);
        var finnish = StringComparer.Create(CultureInfo.GetCultureInfo("fi-FI"), ignoreCase: true);
        return (field, direction) switch
        {
            ("createDate", "asc") => all.OrderBy(i => i.CreateDate),
            ("createDate", _) => all.OrderByDescending(i => i.CreateDate),
            ("updateDate", _) => all.OrderByDescending(i => i.UpdateDate),
            ("level", "asc") => all.OrderBy(i => i.Level),
            ("level", _) => all.OrderByDescending(i => i.Level),
            ("sortOrder", "asc") => all.OrderBy(i => i.SortOrder),
            ("sortOrder", _) => all.OrderByDescending(i => i.SortOrder),
            ("name", "asc") => all.OrderBy(i => i.Name("fi"), finnish),
            _ => all.OrderByDescending(i => i.Name("fi"), finnish),
        };
    }

    private static IEnumerable<PublishedContent> DocumentOrder(PublishedSnapshot snapshot, PublishedContent item)
    {
        foreach (var child in snapshot.Children(item))
        {
            yield return child;
            foreach (var below in DocumentOrder(snapshot, child))
            {
                yield return below;
            }
        }
    }

    /// <summary>The demo site plus 20 000 published articles under /uutiset/, loaded into the snapshot once per class.</summary>
    public sealed class LargeSite : IAsyncLifetime
    {
        public DeliveryApiSite Api { get; } = new();

        public async Task InitializeAsync()
        {
            var services = Api.Site.Services;
            await GeneratedTree.AddAsync(services.GetRequiredService<CmsDatabase>(), "/uutiset", "newsArticle", Generated,
                i => GeneratedTree.Article(i, $"Generoitu tiivistelmä {i % 97}"));
            await services.GetRequiredService<PublishedSnapshotService>().LoadAllAsync();
        }

        public Task DisposeAsync() => Api.DisposeAsync();
    }
}
