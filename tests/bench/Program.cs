namespace Participation.Bench;

/// <summary>
/// Benchmarks of the engine at scale. They print figures to compare across commits; nothing here passes or fails on time.
/// <c>engine [rounds]</c>: 10 000 generated items on SQLite: publish-to-visible, preview render, listing of 1 000 children.
/// <c>forms [rounds]</c>: the feedback form sent through the API and its page rendered, with no entries and with 10 000.
/// <c>registration [rounds]</c>: an event page, a sign-up, a waiting person's page and the organiser's list, empty and with 20 000 registrations; 200 sign-ups at once.
/// <c>bookings [rounds]</c>: a space's page (week calendar) and .ics feed, with no bookings and with 10 000.
/// <c>ideas [rounds]</c>: an area committee's page with no ideas and with 10 000, its deep pages, an editor's change.
/// <c>sharing [rounds]</c>: RSS, Atom, sitemap, calendar and share images over 10 000 generated articles, kept and after a publish.
/// <c>delivery [rounds]</c>: the Content Delivery API over 10 000 generated articles: a children query and an item by path, cached, uncached and fresh.
/// <c>backoffice [rounds]</c>: 10 000 articles and 2 000 images: content home, edit page with its tree, tree levels and search, pickers, media library.
/// <c>nodes [publishes]</c>: two real processes on one PostgreSQL: publish-to-visible lag on the second node.
/// <c>relevance</c>: the judged Finnish queries in tests/relevance against every analysis profile: MRR, nDCG@10, hits@5.
/// <c>search [documents]</c>: a generated Finnish corpus (default 50 000): build docs/s, update-to-searchable, query p50/p99.
/// </summary>
internal static class BenchMain
{
    public static async Task<int> Main(string[] args)
    {
        var command = args.FirstOrDefault() ?? "engine";
        var count = args.Length > 1 && char.IsDigit(args[1][0]) ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 100;
        switch (command)
        {
            case "engine":
                await EngineBench.RunAsync(count);
                return 0;
            case "forms":
                await FormsBench.RunAsync(count);
                return 0;
            case "registration":
                await RegistrationBench.RunAsync(count);
                return 0;
            case "bookings":
                await BookingsBench.RunAsync(count);
                return 0;
            case "ideas":
                await IdeasBench.RunAsync(count);
                return 0;
            case "sharing":
                await SharingBench.RunAsync(count);
                return 0;
            case "delivery":
                await DeliveryBench.RunAsync(count);
                return 0;
            case "relevance":
                await RelevanceBench.RunAsync(args.Contains("--misses"));
                return 0;
            case "search":
                await SearchBench.RunAsync(args.Length > 1 ? count : 50_000);
                return 0;
            case "backoffice":
                await BackofficeBench.RunAsync(count);
                return 0;
            case "nodes":
                await TwoNodeBench.RunAsync(count);
                return 0;
            default:
                await Console.Error.WriteLineAsync("Usage: engine [rounds] | forms [rounds] | registration [rounds] | bookings [rounds] | ideas [rounds] | delivery [rounds] | sharing [rounds] | backoffice [rounds] | nodes [publishes] | relevance | search [documents]");
                return 2;
        }
    }
}
