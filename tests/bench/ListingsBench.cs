using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Participation.Cms.Content;
using Participation.Cms.Persistence;
using Participation.Cms.PublishedCache;

namespace Participation.Bench;

/// <summary>
/// The public list pages at scale (SQLite, in-process HTTP, no output cache in front of them): 10 000 generated
/// partnership tables under the events page, their start times spread over the past and the future, and 10 000 news
/// articles. The events page's first page and a deep page of each list, the home page (latest news, upcoming events,
/// projects), the news list's first page and page 500; beside the static stylesheet in the same run.
/// </summary>
internal static class ListingsBench
{
    private const int Events = 10_000;
    private const int Articles = 10_000;

    public static async Task RunAsync(int rounds)
    {
        await using var site = new SiteHost();
        var services = site.Services;
        var database = services.GetRequiredService<CmsDatabase>();
        var now = DateTimeOffset.UtcNow;
        await GeneratedTree.AddAsync(database, "/kumppanuuspoydat/", "partnershipTable", Events, i => Event(i, now));
        await GeneratedTree.AddAsync(database, "/uutiset/", "newsArticle", Articles, i => GeneratedTree.Article(i, "Generoitu"));
        await services.GetRequiredService<PublishedSnapshotService>().LoadAllAsync();
        var client = site.CreateClient();
        Console.WriteLine($"items in snapshot: {services.GetRequiredService<PublishedSnapshotService>().Current.Count}");

        // A page number past the end shows the last page; the deep pages here are inside both lists.
        var cases = new (string Name, Func<int, string> Url)[]
        {
            ("static stylesheet /css/site.css", _ => "/css/site.css"),
            ("events page 1 /kumppanuuspoydat/", _ => "/kumppanuuspoydat/"),
            ("events, upcoming page 200", _ => "/kumppanuuspoydat/?sivu=200"),
            ("events, archive page 200", _ => "/kumppanuuspoydat/?arkisto=200"),
            ("events page 1 in Swedish", _ => "/sv/partnerskapsbord/"),
            ("home page /", _ => "/"),
            ("news page 1 /uutiset/", _ => "/uutiset/"),
            ("news page 500", _ => "/uutiset/?sivu=500"),
        };
        foreach (var (name, url) in cases)
        {
            Console.WriteLine($"{name,-44} {await HttpLoad.Get(client, url(0)),9:N0} bytes");
        }

        await HttpLoad.MeasureAsync(client, cases, rounds);
    }

    /// <summary>Every 30 hours from 5 000 events ago to 5 000 ahead, two hours long; every tenth without a time yet.</summary>
    private static ContentDocument Event(int i, DateTimeOffset now)
    {
        var document = new ContentDocument();
        document.Cultures["fi"] = new CultureVariant { Name = $"Generoitu kumppanuuspöytä {i}", Segment = $"generoitu-poyta-{i}" };
        document.Cultures["fi"].Values["theme"] = "Generoitu teema";
        document.Values["venue"] = new JsonObject { ["name"] = "Kylätalo", ["street"] = "Kylätie 1", ["postalCode"] = "45100", ["city"] = "Kouvola" };
        if (i % 10 == 9)
        {
            document.Values["venueToBeAnnounced"] = true;
            return document;
        }

        // Shuffled so the order is the site's work, not the generator's.
        var start = now.AddHours(30 * ((i * 7_919 % Events) - (Events / 2)));
        document.Values["startTime"] = start.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);
        document.Values["endTime"] = start.AddHours(2).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);
        document.Values["venueToBeAnnounced"] = false;
        return document;
    }
}
