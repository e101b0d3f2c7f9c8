using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Participation.Cms.Content;
using Participation.Cms.Persistence;
using Participation.Cms.PublishedCache;

namespace Participation.Bench;

/// <summary>
/// Feeds, sitemap and share images over 10 000 generated news articles (SQLite, in-process HTTP), beside the static
/// stylesheet in the same run: RSS, Atom, a tag's RSS, the sitemap and the events calendar as served between changes;
/// a share image kept on disk and one drawn for a page never asked before; an article page with its card and JSON-LD.
/// Then the first feed and sitemap request after a publish, which rebuild them from the snapshot once.
/// </summary>
internal static class SharingBench
{
    private const int Articles = 10_000;

    public static async Task RunAsync(int rounds)
    {
        await using var site = new SiteHost();
        var services = site.Services;
        var keys = await GeneratedTree.AddAsync(services.GetRequiredService<CmsDatabase>(), "/uutiset/", "newsArticle", Articles, Tagged);
        await services.GetRequiredService<PublishedSnapshotService>().LoadAllAsync();
        var client = site.CreateClient();
        Console.WriteLine($"items in snapshot: {services.GetRequiredService<PublishedSnapshotService>().Current.Count}");

        // Warm-up asks for indices below zero; every index maps to an article, each drawn once on its first request.
        string Drawn(int i) => $"/jako/{keys[((i % Articles) + Articles) % Articles]}/fi.png";
        var cases = new (string Name, Func<int, string> Url)[]
        {
            ("static stylesheet /css/site.css", _ => "/css/site.css"),
            ("RSS /feeds/news.rss", _ => "/feeds/news.rss"),
            ("Atom /feeds/news.atom", _ => "/feeds/news.atom"),
            ("RSS of a tag /feeds/news.rss?tag=Kouvola", _ => "/feeds/news.rss?tag=Kouvola"),
            ("sitemap.xml (10 000+ addresses)", _ => "/sitemap.xml"),
            ("events calendar /feeds/events.ics", _ => "/feeds/events.ics"),
            ("share image, kept on disk", _ => $"/jako/{keys[0]}/fi.png"),
            ("share image, drawn for a new page", Drawn),
            ("article page with card and JSON-LD", _ => "/uutiset/generoitu-uutinen-5000/"),
        };
        await HttpLoad.MeasureAsync(client, cases, rounds);

        var content = services.GetRequiredService<ContentService>();
        var feed = new Figures("RSS, first request after a publish");
        var sitemap = new Figures("sitemap.xml, first request after a publish");
        for (var i = 0; i < Math.Min(rounds, 50); i++)
        {
            await content.PublishAsync(keys[i], null, "bench");
            await feed.TimeAsync(() => HttpLoad.Get(client, "/feeds/news.rss"));
            await content.PublishAsync(keys[i], null, "bench");
            await sitemap.TimeAsync(() => HttpLoad.Get(client, "/sitemap.xml"));
        }

        feed.Print();
        sitemap.Print();
    }

    private static ContentDocument Tagged(int i)
    {
        var document = GeneratedTree.Article(i, "Generoitu uutinen jaettavaksi");
        document.Values["tags"] = new JsonArray(i % 2 == 0 ? "Kouvola" : "Rovaniemi");
        return document;
    }
}
