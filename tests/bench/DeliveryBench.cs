using Microsoft.Extensions.DependencyInjection;
using Participation.Cms.Persistence;
using Participation.Cms.PublishedCache;
using Participation.Cms.Search;

namespace Participation.Bench;

/// <summary>
/// The Content Delivery API over 10 000 generated news articles under /uutiset/ (SQLite, in-process HTTP):
/// <c>fetch=children:/uutiset&amp;take=10</c> and an item by path, served from the output cache, computed from a kept
/// query result, and computed fresh (a query never asked before: the children are collected, filtered and sorted);
/// beside the site's static stylesheet in the same run. Prints p50/p99 sequentially and requests/s with 8 clients.
/// </summary>
internal static class DeliveryBench
{
    private const string Api = "/umbraco/delivery/api/v2";

    public static async Task RunAsync(int rounds)
    {
        await using var site = new SiteHost();
        var services = site.Services;
        await GeneratedTree.AddAsync(services.GetRequiredService<CmsDatabase>(), "/uutiset/", "newsArticle", 10_000, i => GeneratedTree.Article(i, "Generoitu"));
        await services.GetRequiredService<PublishedSnapshotService>().LoadAllAsync();
        await services.GetRequiredService<ContentIndex>().RebuildAsync(null, CancellationToken.None); // written past the pipeline
        var client = site.CreateClient();
        var children = $"{Api}/content?fetch=children:/uutiset&take=10";
        var item = $"{Api}/content/item/uutiset/generoitu-uutinen-5000/";
        var cases = new (string Name, Func<int, string> Url)[]
        {
            ("static stylesheet /css/site.css", _ => "/css/site.css"),
            ("children, output cache", _ => children),
            ("children, kept result (cache missed)", i => $"{children}&n={i}"),
            ("children, fresh query", i => $"{children}&filter=name:!x{i}"),
            ("children sorted by name, fresh query", i => $"{children}&filter=name:!x{i}&sort=name:asc"),
            ("children, skip=9990", i => $"{Api}/content?fetch=children:/uutiset&take=10&skip=9990&n={i}"),
            ("q: a word in all 10 000, kept result", i => $"{Api}/content?filter=q:generoitu&take=10&n={i}"),
            ("q: a word in all 10 000, fresh query", i => $"{Api}/content?filter=q:generoitu&filter=name:!x{i}&take=10"),
            ("q: one item's words, fresh query", i => $"{Api}/content?filter=q:uutinen%20{i % 10_000}&take=10"),
            ("item by path, output cache", _ => item),
            ("item by path, cache missed", i => $"{item}?n={i}"),
        };

        Console.WriteLine($"items in snapshot: {services.GetRequiredService<PublishedSnapshotService>().Current.Count}");
        await HttpLoad.MeasureAsync(client, cases, rounds);
    }
}
