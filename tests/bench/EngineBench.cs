using Microsoft.Extensions.DependencyInjection;
using Participation.Cms.Backoffice.Preview;
using Participation.Cms.Content;
using Participation.Cms.Persistence;
using Participation.Cms.PublishedCache;

namespace Participation.Bench;

/// <summary>
/// A site of 10 000 generated items (1 000 news under /uutiset/, 9 000 associations under /yhdistykset/) on SQLite:
/// publish-to-visible on the same node, one preview render, and the news listing page over its 1 000 children.
/// </summary>
internal static class EngineBench
{
    public static async Task RunAsync(int rounds)
    {
        await using var site = new SiteHost();
        var services = site.Services;
        var database = services.GetRequiredService<CmsDatabase>();
        var snapshots = services.GetRequiredService<PublishedSnapshotService>();
        var articles = await GeneratedTree.AddAsync(database, "/uutiset/", "newsArticle", 1_000, i => GeneratedTree.Article(i, "Alkuperäinen"));
        await GeneratedTree.AddAsync(database, "/yhdistykset/", "association", 9_000, i =>
        {
            var document = new ContentDocument();
            document.Cultures["fi"] = new CultureVariant { Name = $"Yhdistys {i}", Segment = $"yhdistys-{i}" };
            document.Values["municipality"] = "Kouvola";
            return document;
        });

        var load = new Figures("full snapshot load (10 000 + demo)");
        for (var i = 0; i < 5; i++)
        {
            await load.TimeAsync(async () => { await snapshots.LoadAllAsync(); return 0; });
        }

        Console.WriteLine($"items in snapshot: {CountItems(snapshots.Current)}");

        var content = services.GetRequiredService<ContentService>();
        var save = new Figures("save draft (not part of publish)");
        var publish = new Figures("publish-to-visible, same node");
        for (var i = 0; i < rounds; i++)
        {
            var key = articles[i * 7 % articles.Count];
            var summary = $"Muutettu {i}";
            await save.TimeAsync(async () => { await content.SaveAsync(key, GeneratedTree.Article(i, summary), "bench"); return 0; });
            await publish.TimeAsync(async () =>
            {
                await content.PublishAsync(key, null, "bench");
                while (snapshots.Current.GetByKey(key)?.Value<string>("summary", "fi") != summary)
                {
                    await Task.Delay(1);
                }

                return 0;
            });
        }

        var client = site.CreateClient();
        var previewKey = articles[3];
        await content.SaveAsync(previewKey, GeneratedTree.Article(3, "Esikatselu"), "bench");
        var link = services.GetRequiredService<PreviewLinks>().Create(previewKey, "fi");
        var preview = new Figures("preview render (HTTP, in-process)");
        var listing = new Figures("news listing, 1 000 children (HTTP)");
        var listingLast = new Figures("news listing, last page (HTTP)");
        await Warm(client, link);
        for (var i = 0; i < rounds; i++)
        {
            await preview.TimeAsync(() => Get(client, link, "Esikatselu"));
            await listing.TimeAsync(() => Get(client, "/uutiset/", "Generoitu uutinen"));
            await listingLast.TimeAsync(() => Get(client, "/uutiset/?sivu=100", "Generoitu uutinen"));
        }

        foreach (var f in new[] { load, save, publish, preview, listing, listingLast })
        {
            f.Print();
        }
    }

    private static int CountItems(PublishedSnapshot snapshot) => snapshot.All.Count();

    private static async Task Warm(HttpClient client, string link)
    {
        for (var i = 0; i < 5; i++)
        {
            await client.GetStringAsync(link);
            await client.GetStringAsync("/uutiset/");
        }
    }

    private static async Task<int> Get(HttpClient client, string url, string mustContain)
    {
        var html = await client.GetStringAsync(url);
        return html.Contains(mustContain, StringComparison.Ordinal) ? html.Length : throw new InvalidOperationException($"{url} did not show '{mustContain}'");
    }
}
