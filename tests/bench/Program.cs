namespace Participation.Bench;

/// <summary>
/// Benchmarks of the site at scale, one line per bench: its name, its argument and what it measures. They print figures
/// to compare across commits; nothing here passes or fails on time.
/// </summary>
internal static class BenchMain
{
    private sealed record Bench(string Name, string Argument, string Measures, Func<string[], int, Task> RunAsync);

    private static readonly Bench[] Benches =
    [
        new("engine", "[rounds]", "10 000 generated items on SQLite: publish-to-visible, preview render, listing of 1 000 children", (_, n) => EngineBench.RunAsync(n)),
        new("forms", "[rounds]", "the feedback form sent through the API and its page rendered, with no entries and with 10 000", (_, n) => FormsBench.RunAsync(n)),
        new("registration", "[rounds]", "event page, sign-up, a waiting person's page, organiser list: empty and with 20 000; 200 sign-ups at once", (_, n) => RegistrationBench.RunAsync(n)),
        new("bookings", "[rounds]", "a space's page (week calendar) and .ics feed, with no bookings and with 10 000", (_, n) => BookingsBench.RunAsync(n)),
        new("ideas", "[rounds]", "an area committee's page with no ideas and with 10 000, its deep pages, an editor's change", (_, n) => IdeasBench.RunAsync(n)),
        new("sharing", "[rounds]", "RSS, Atom, sitemap, calendar and share images over 10 000 articles, kept and after a publish", (_, n) => SharingBench.RunAsync(n)),
        new("listings", "[rounds]", "10 000 events and 10 000 news articles: events page 1 and deep pages, home page, news page 1 and 500", (_, n) => ListingsBench.RunAsync(n)),
        new("delivery", "[rounds]", "the Delivery API over 10 000 articles: children query and item by path, cached, uncached and fresh", (_, n) => DeliveryBench.RunAsync(n)),
        new("backoffice", "[rounds]", "10 000 articles and 2 000 images: content home, edit page with its tree, tree levels and search, pickers, media library", (_, n) => BackofficeBench.RunAsync(n)),
        new("import", "[items]", "first start importing a generated data package (default 10 000 items) and a restart: time to the first 200, items/s", (args, n) => ImportBench.RunAsync(args.Length > 1 ? n : 10_000)),
        new("nodes", "[publishes]", "two real processes on one PostgreSQL: publish-to-visible lag on the second node", (_, n) => TwoNodeBench.RunAsync(n)),
        new("relevance", "[--misses]", "the judged Finnish queries in tests/relevance against every analysis profile: MRR, nDCG@10, hits@5", (args, _) => RelevanceBench.RunAsync(args.Contains("--misses"))),
        new("speed", "[items]", "the Release build as its own process under wrk, 10 000 generated items by default: pages, lists, search, API, a form POST, cached and uncached, against bare Kestrel; restart, memory, publish-to-visible", (args, n) => SpeedBench.RunAsync(args.Length > 1 ? n : 10_000)),
        new("publish", "[items]", "the speed bench's generated site (default 10 000 items) in-process: publish-to-visible on the news list, 60 publishes", (args, n) => SpeedBench.PublishOnlyAsync(args.Length > 1 ? n : 10_000)),
        new("restart", "[items]", "a generated site (default 10 000 items) started four times as its own process: time to the first page and when each start-up step logged", (args, n) => RestartBench.RunAsync(args.Length > 1 ? n : 10_000)),
        new("search", "[documents]", "a generated Finnish corpus (default 50 000): build docs/s, update-to-searchable, query p50/p99", (args, n) => SearchBench.RunAsync(args.Length > 1 ? n : 50_000)),
    ];

    public static async Task<int> Main(string[] args)
    {
        var name = args.FirstOrDefault() ?? "engine";
        var count = args.Length > 1 && char.IsDigit(args[1][0]) ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 100;
        if (Benches.FirstOrDefault(b => b.Name == name) is not { } bench)
        {
            await Console.Error.WriteLineAsync("Usage: dotnet run -c Release --project tests/bench -- <bench> [argument]\n"
                + string.Join('\n', Benches.Select(b => $"  {b.Name} {b.Argument}: {b.Measures}")));
            return 2;
        }

        await bench.RunAsync(args, count);
        return 0;
    }
}
