using System.Diagnostics;
using System.Globalization;
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
        var baseline = 0.0;
        foreach (var (name, url) in cases)
        {
            for (var i = 0; i < 20; i++)
            {
                await Get(client, url(-1 - i));
            }

            var figures = new Figures(name);
            for (var i = 0; i < rounds; i++)
            {
                await figures.TimeAsync(() => Get(client, url(i)));
            }

            var perSecond = await Throughput(client, url, rounds * 4 + 1_000_000);
            baseline = baseline == 0 ? perSecond : baseline;
            figures.Print();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{"",-44} {perSecond,8:0} requests/s with 8 clients ({perSecond / baseline:0.00} of the stylesheet's)"));
        }
    }

    /// <summary>8 clients asking in a loop for 3 seconds; distinct URLs where the case needs them.</summary>
    private static async Task<double> Throughput(HttpClient client, Func<int, string> url, int start)
    {
        var next = start;
        var done = 0;
        var watch = Stopwatch.StartNew();
        var until = TimeSpan.FromSeconds(3);
        await Task.WhenAll(Enumerable.Range(0, 8).Select(async _ =>
        {
            while (watch.Elapsed < until)
            {
                await Get(client, url(Interlocked.Increment(ref next)));
                Interlocked.Increment(ref done);
            }
        }));
        return done / watch.Elapsed.TotalSeconds;
    }

    private static async Task<int> Get(HttpClient client, string url)
    {
        using var response = await client.GetAsync(url);
        var body = await response.Content.ReadAsStringAsync();
        return response.IsSuccessStatusCode ? body.Length : throw new InvalidOperationException($"{url} answered {(int)response.StatusCode}: {body}");
    }
}
