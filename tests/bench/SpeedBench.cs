using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Participation.Cms.Content;
using Participation.Cms.Persistence;
using Participation.Cms.PublishedCache;
using Participation.Cms.Search;

namespace Participation.Bench;

/// <summary>
/// The whole site under load from wrk, at a given size (default 10 000 generated items: news and blog posts in Finnish
/// and Swedish with images, associations across municipalities, partnership-table events in the past and future).
/// The Release build runs as its own process on a SQLite file, once with its page and API caches, once without them
/// (kept page parts still answering) and once with nothing kept at all;
/// beside it, bare Kestrel serving the same article bytes from memory and the site's own stylesheet are the baselines.
/// Also prints the restart time to the first page, the working set after the load and publish-to-visible.
/// </summary>
internal static class SpeedBench
{
    private static readonly TimeSpan Duration = TimeSpan.FromSeconds(5);
    private static readonly Guid Feedback = Guid.Parse("00000000-0000-4000-8300-000000000004");
    private static readonly Guid DemoImage = Guid.Parse("00000000-0000-4000-8200-000000000003");
    private const string FormsApiKey = "speed-bench-forms-key";

    public static async Task RunAsync(int items)
    {
        Wrk.EnsureInstalled();
        var folder = Path.Combine(Path.GetTempPath(), "participation-bench", "speed-" + Guid.NewGuid().ToString("N"));
        var settings = Settings(folder);
        try
        {
            var generated = Stopwatch.StartNew();
            await GenerateAsync(settings, items);
            Console.WriteLine($"generated {items} items (and the demo site) in {generated.Elapsed.TotalSeconds:0.0} s; Release build, wrk -t2 -c32 -d{Duration.TotalSeconds:0}s, {Environment.ProcessorCount} cores, loopback");

            var environment = settings.ToDictionary(s => s.Key.Replace(":", "__", StringComparison.Ordinal), s => s.Value);
            var cached = await MeasureAsync(environment, "cached", withCaches: true);
            var uncached = await MeasureAsync(environment, "uncached", withCaches: false);
            // Kept page parts (Cms:PageCache:Fragments) answer the uncached phase's repeated pages; this phase renders
            // every part of every page, as the first reader after a publish gets it.
            await MeasureAsync(environment, "from scratch", withCaches: false, keepParts: false);
            Console.WriteLine();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"restart to first page: {cached.TotalSeconds:0.00} s (with caches), {uncached.TotalSeconds:0.00} s (without)"));
            await PublishToVisibleAsync(settings);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>Only the publish-to-visible part of <see cref="RunAsync"/>, on a site of the same kind: quicker to compare changes to the publish path.</summary>
    public static async Task PublishOnlyAsync(int items)
    {
        var folder = Path.Combine(Path.GetTempPath(), "participation-bench", "publish-" + Guid.NewGuid().ToString("N"));
        var settings = Settings(folder);
        try
        {
            await GenerateAsync(settings, items);
            await PublishToVisibleAsync(settings);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>The site's settings for a bench run whose files (database, media, index, keys) live in <paramref name="folder"/>.</summary>
    internal static Dictionary<string, string> Settings(string folder)
    {
        return new Dictionary<string, string>
        {
            ["ConnectionStrings:Cms"] = $"Data Source={Path.Combine(folder, "site.db")};Default Timeout=30",
            ["Cms:Media:Folder"] = Path.Combine(folder, "media"),
            ["Cms:Media:CacheFolder"] = Path.Combine(folder, "media-cache"),
            ["Cms:Search:Folder"] = Path.Combine(folder, "search"),
            // The key ring is in the database, encrypted with this certificate: every process of the run must share it.
            ["Cms:DataProtection:CertificateFolder"] = Path.Combine(folder, "keys"),
            ["Forms:UploadsFolder"] = Path.Combine(folder, "uploads"),
            ["Forms:Mail:PickupFolder"] = Path.Combine(folder, "mail"),
            ["Forms:ApiKey"] = FormsApiKey,
            ["Forms:PostsPerMinute"] = "100000000",
            // One client (wrk) is the whole load here; the per-client limits would answer it 429.
            ["Cms:Limits:PublicReadsPerClientPerMinute"] = "100000000",
            ["Cms:Limits:MediaRequestsPerClientPerMinute"] = "100000000",
        };
    }

    internal static async Task GenerateAsync(Dictionary<string, string> settings, int items)
    {
        await using var site = new SiteHost(settings: settings);
        var database = site.Services.GetRequiredService<CmsDatabase>();
        var news = items * 4 / 10;
        var blog = items * 2 / 10;
        var associations = items * 2 / 10;
        var events = items - news - blog - associations;
        await GeneratedTree.AddAsync(database, "/uutiset/", "newsArticle", news, i => Bilingual(GeneratedTree.Article(i, $"Generoitu uutinen kylätoiminnasta {i}"), i));
        await GeneratedTree.AddAsync(database, "/blogi/", "blogPost", blog, BlogPost);
        await GeneratedTree.AddAsync(database, "/yhdistykset/", "association", associations, Association);
        await GeneratedTree.AddAsync(database, "/kumppanuuspoydat/", "partnershipTable", events, Event);
        await site.Services.GetRequiredService<PublishedSnapshotService>().LoadAllAsync();
        await site.Services.GetRequiredService<ContentIndex>().RebuildAsync(null, CancellationToken.None); // written past the pipeline
    }

    private static ContentDocument Bilingual(ContentDocument document, int i)
    {
        document.Values["image"] = JsonNode.Parse($$"""[{"mediaKey": "{{DemoImage}}", "focalPoint": {"left": 0.5, "top": 0.5}, "crops": []}]""");
        document.Values["tags"] = new JsonArray("kylätoiminta", $"alue {i % 40}");
        var fi = document.Cultures["fi"];
        document.Cultures["sv"] = new CultureVariant
        {
            Name = $"{fi.Name} (sv)",
            Segment = $"{fi.Segment}-sv",
            Values = { ["summary"] = $"Genererad nyhet om byverksamhet {i}", ["body"] = $"<p>Genererad nyhet om byverksamhet {i}.</p>" },
        };
        return document;
    }

    private static ContentDocument BlogPost(int i)
    {
        var document = Bilingual(GeneratedTree.Article(i, $"Generoitu blogikirjoitus asukasilloista {i}"), i);
        document.Cultures["fi"].Name = $"Generoitu blogikirjoitus {i}";
        document.Cultures["fi"].Segment = $"generoitu-blogikirjoitus-{i}";
        document.Cultures["sv"].Segment = $"genererat-blogginlagg-{i}";
        document.Values["authorName"] = "Bench Kirjoittaja";
        return document;
    }

    private static readonly string[] Municipalities = ["Kouvola", "Iitti", "Kotka", "Hamina", "Lahti", "Mikkeli"];

    private static ContentDocument Association(int i)
    {
        var document = new ContentDocument();
        document.Cultures["fi"] = new CultureVariant { Name = $"Generoitu yhdistys {i} ry", Segment = $"generoitu-yhdistys-{i}" };
        document.Values["summary"] = $"Kylä- ja asukasyhdistys {i}, joka järjestää talkoita ja asukasiltoja.";
        document.Values["description"] = $"<p>Yhdistys {i} toimii asukkaiden yhteisten asioiden hyväksi.</p>";
        document.Values["municipality"] = Municipalities[i % Municipalities.Length];
        document.Values["themes"] = new JsonArray("kylätoiminta", i % 2 == 0 ? "liikunta" : "kulttuuri");
        return document;
    }

    private static ContentDocument Event(int i)
    {
        var document = new ContentDocument();
        var start = DateTimeOffset.UtcNow.Date.AddDays((i % 730) - 365).AddHours(15);
        document.Cultures["fi"] = new CultureVariant { Name = $"Kumppanuuspöytä {i}", Segment = $"kumppanuuspoyta-{i}", Values = { ["theme"] = $"Teema {i}: asukkaiden ideat" } };
        document.Cultures["sv"] = new CultureVariant { Name = $"Partnerskapsbord {i}", Segment = $"partnerskapsbord-{i}", Values = { ["theme"] = $"Tema {i}: invånarnas idéer" } };
        document.Values["startTime"] = start.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        document.Values["endTime"] = start.AddHours(2).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        return document;
    }

    /// <summary>Starts the site, puts every case under load, stops it; returns the time to its first page.</summary>
    private static async Task<TimeSpan> MeasureAsync(Dictionary<string, string> environment, string label, bool withCaches, bool keepParts = true)
    {
        var run = new Dictionary<string, string>(environment)
        {
            ["Cms__PageCache__Enabled"] = withCaches ? "true" : "false",
            ["Cms__PageCache__Fragments"] = keepParts ? "true" : "false",
            ["DeliveryApi__OutputCache__Enabled"] = withCaches ? "true" : "false",
        };
        using var site = await SiteNode.StartAsync(run);
        var root = site.Address.ToString().TrimEnd('/');
        using var client = new HttpClient { BaseAddress = site.Address };
        var article = "/uutiset/generoitu-uutinen-2000/";
        var page = await client.GetByteArrayAsync(article);
        const string post = $$$"""
            wrk.method = "POST"
            wrk.headers["Content-Type"] = "application/json"
            wrk.headers["Api-Key"] = "{{{FormsApiKey}}}"
            wrk.body = '{"values": {"message": "Kuormitustesti", "email": "kuorma@example.fi", "consent": "on"}}'
            """;
        // Every request another page of the same word's hits: each page is computed once (the whole ranking of every
        // item), then kept; the p99 shows the computed ones.
        const string freshSearch = """
            n = 0
            request = function()
              n = n + 1
              return wrk.format(nil, "/haku/?q=kyl%C3%A4toiminta&sivu=" .. (n % 400 + 1))
            end
            """;

        Console.WriteLine();
        Console.WriteLine($"== {label}: first page {site.FirstPage.TotalSeconds:0.00} s after start, page {page.Length / 1024.0:0.0} KB");
        await using var raw = await RawKestrel.StartAsync(page, site.Address.Port + 1);
        var cases = new (string Name, string Url, string? Script)[]
        {
            ("bare Kestrel, the article's bytes from memory", raw.Url, null),
            ("static stylesheet /css/site.css", $"{root}/css/site.css", null),
            ($"home, {label}", $"{root}/", null),
            ($"article, {label}", root + article, null),
            ($"news list page 1, {label}", $"{root}/uutiset/", null),
            ($"news list page 500, {label}", $"{root}/uutiset/?sivu=500", null),
            ($"blog post in Swedish, {label}", $"{root}/sv/blogg/genererat-blogginlagg-100/", null),
            ($"events page, {label}", $"{root}/kumppanuuspoydat/", null),
            ($"an event's page (registration form)", $"{root}/kumppanuuspoydat/kumppanuuspoyta-700/", null),
            ("directory, municipality facet", $"{root}/yhdistykset/?kunta=Kouvola", null),
            ("search, a word in every item (kept answer)", $"{root}/haku/?q=kyl%C3%A4toiminta", null),
            ("search, that word's 400 pages in turn", $"{root}/haku/?q=kyl%C3%A4toiminta", freshSearch),
            ("search, a word in a few items", $"{root}/haku/?q=asukasilta", null),
            ($"Delivery API children of /uutiset, {label}", $"{root}/umbraco/delivery/api/v2/content?fetch=children:/uutiset&take=10", null),
            ("form POST (Forms API entry)", $"{root}/umbraco/forms/delivery/api/v1/entries/{Feedback}", post),
        };
        if (!keepParts)
        {
            // Only the pages whose parts are kept differ from the uncached phase: those and the two baselines.
            cases = [.. cases.Where((c, i) => i < 2 || (c.Name.EndsWith(label, StringComparison.Ordinal) && !c.Name.StartsWith("Delivery", StringComparison.Ordinal)))];
        }

        // Right after a start the JIT is still replacing first-tier code (about 15 s of load here): the whole site is
        // put under load first, so no case pays for it.
        foreach (var (name, url, _) in cases.Where(c => c.Script is null))
        {
            await Wrk.RunAsync(name, url, TimeSpan.FromSeconds(2));
        }

        double baseline = 0;
        using var check = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false });
        foreach (var (name, url, lua) in cases)
        {
            // A case measures its page only if the page is there: a redirect or a 404 would be a fast wrong figure.
            if (lua != post && await check.GetAsync(url) is { StatusCode: not System.Net.HttpStatusCode.OK } wrong)
            {
                Console.WriteLine($"{name,-46} not measured: {url} answered {(int)wrong.StatusCode}");
                continue;
            }

            // Warmed first, the script's varying requests excepted (their answers would be kept before they are measured).
            await Wrk.RunAsync(name, url, TimeSpan.FromSeconds(2), lua == post ? post : null);
            var result = await Wrk.RunAsync(name, url, Duration, lua);
            baseline = baseline == 0 ? result.PerSecond : baseline;
            Wrk.Print(result, baseline);
            if (result.PerSecond == 0)
            {
                Console.WriteLine($"  nothing answered: {site.Health()}");
            }
        }

        Console.WriteLine($"working set after the load: {site.WorkingSetMb:0} MB");
        // The form posts left their workflows (two mails an entry) queued. Run on, they would load the next phase's
        // start and its first cases, and the publish figures after it (the baseline halved in the second phase); so
        // this phase waits for them and says how long they took.
        (long Rows, TimeSpan Took) drained;
        try
        {
            drained = await DrainWorkflowsAsync(environment["ConnectionStrings__Cms"]);
        }
        catch (InvalidOperationException ex)
        {
            throw new InvalidOperationException($"{ex.Message} {site.Health()}", ex);
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"the posted entries' workflows: {drained.Rows} left after the load, done {drained.Took.TotalSeconds:0.0} s later ({drained.Rows / Math.Max(drained.Took.TotalSeconds, 0.001):0} a second)"));
        return site.FirstPage;
    }

    private static async Task<(long Rows, TimeSpan Took)> DrainWorkflowsAsync(string connectionString)
    {
        var watch = Stopwatch.StartNew();
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync();
        var count = connection.CreateCommand();
        count.CommandText = "SELECT COUNT(*) FROM formWorkflowTask WHERE DoneUtc IS NULL";
        var left = (long)(await count.ExecuteScalarAsync())!;
        while ((long)(await count.ExecuteScalarAsync())! > 0)
        {
            if (watch.Elapsed > TimeSpan.FromMinutes(3))
            {
                throw new InvalidOperationException($"{await count.ExecuteScalarAsync()} form workflows were still waiting 3 minutes after the load.");
            }

            await Task.Delay(200);
        }

        return (left, watch.Elapsed);
    }

    /// <summary>A news article published on the node that serves it: from the publish call to the first list page showing it.</summary>
    private static async Task PublishToVisibleAsync(Dictionary<string, string> settings)
    {
        await using var site = new SiteHost(settings: settings);
        var client = site.CreateClient();
        var content = site.Services.GetRequiredService<ContentService>();
        var newsList = site.Services.GetRequiredService<PublishedSnapshotService>().Current.OfType("newsList").Single();
        // The first publish after a start also compiles the publish path: it is shown on its own, not as the p99 of the rest.
        var first = new Figures("publish-to-visible, the first after start");
        var figures = new Figures("publish-to-visible on the news list (page cache on)");
        var creates = new Figures("create an article among the news list's thousands (an editor's save)");
        for (var i = 0; i < 61; i++)
        {
            await HttpLoad.Get(client, "/uutiset/");
            var document = GeneratedTree.Article(-i, $"Juuri julkaistu {i}");
            document.Cultures["fi"].Name = $"Juuri julkaistu uutinen {i}";
            document.Cultures["fi"].Segment = $"juuri-julkaistu-{i}";
            // A second apart and in the past: dates are kept to the second, and ties on a date would list older first.
            document.Values["publishDate"] = DateTimeOffset.UtcNow.AddSeconds(i - 90).ToString("O");
            var key = await creates.TimeAsync(() => content.CreateAsync(new CreateContent("newsArticle", newsList.Key, document), "bench"));
            var watch = Stopwatch.StartNew();
            await content.PublishAsync(key, null, "bench");
            while (!(await client.GetStringAsync("/uutiset/")).Contains($">Juuri julkaistu uutinen {i}<", StringComparison.Ordinal))
            {
                if (watch.Elapsed > TimeSpan.FromSeconds(10))
                {
                    throw new InvalidOperationException($"Article {i} was not on the news list 10 s after its publish.");
                }

                await Task.Delay(1);
            }

            (i == 0 ? first : figures).Add(watch.Elapsed);
        }

        first.Print();
        figures.Print();
        creates.Print();
    }
}
