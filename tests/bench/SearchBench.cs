using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.Logging.Abstractions;
using Participation.Cms.Search;
using Participation.Cms.Search.Analysis;

namespace Participation.Bench;

/// <summary>
/// The content index layer on a generated Finnish corpus: how fast a rebuild indexes, how long one change takes to be
/// searchable (the writer's task completing: batch applied, NRT searcher refreshed), and query latency for one word,
/// three words and a facet query (types and municipalities counted over every match).
/// </summary>
internal static class SearchBench
{
    private const int Queries = 400;

    public static async Task RunAsync(int documents)
    {
        var corpus = new FinnishCorpus();
        var folder = Path.Combine(Path.GetTempPath(), "participation-bench", "search-" + Guid.NewGuid().ToString("N"));
        var definition = new SearchIndexDefinition { Name = "bench", Cultures = ["fi"], Languages = AnalysisProfiles.For };
        var all = Enumerable.Range(0, documents).Select(i => Document(corpus, Guid.NewGuid())).ToList();
        await using (var index = new SearchIndex(definition, folder, "", TimeProvider.System, NullLogger.Instance))
        {
            index.Open();
            var build = Stopwatch.StartNew();
            await index.RebuildAsync(all);
            build.Stop();
            var size = index.Health().SizeBytes;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"rebuild: {documents} documents in {build.Elapsed.TotalSeconds:0.0} s = {documents / build.Elapsed.TotalSeconds:0} docs/s, index {size / 1024.0 / 1024.0:0.0} MiB"));

            var update = new Figures("one update until searchable");
            for (var i = 0; i < 100; i++)
            {
                var key = Guid.NewGuid();
                var document = Document(corpus, key).FullText(ContentFields.Body, $"m{i:D3}merkki");
                var watch = Stopwatch.StartNew();
                await index.WriteAsync(IndexBatch.Of([document]));
                update.Add(watch.Elapsed);
                if (ContentSearch.Search(index, new ContentQuery($"m{i:D3}merkki", "fi") { Highlight = false }).Hits.FirstOrDefault()?.Key != key)
                {
                    throw new InvalidOperationException("An update was not searchable when its write completed.");
                }
            }

            update.Print();
            Measure("query, 1 word (page 1, snippets)", () => new ContentQuery(corpus.Word(), "fi"), index);
            Measure("query, 3 words (page 1, snippets)", () => new ContentQuery($"{corpus.Word()} {corpus.Word()} {corpus.Pick(FinnishCorpus.Municipalities)}", "fi"), index);
            Measure("query, 1 word + 2 facets + type filter", () => new ContentQuery(corpus.Word(), "fi")
            {
                Facets = [ContentFields.Type, "municipality"],
                Filters = new Dictionary<string, IReadOnlyList<string>> { [ContentFields.Type] = [corpus.Pick(FinnishCorpus.Types)] },
            }, index);
            Measure("query, 1 word, page 500 (skip 4 990)", () => new ContentQuery(corpus.Word(), "fi") { Skip = 4_990, Highlight = false }, index);
        }

        Directory.Delete(folder, recursive: true);
    }

    private static void Measure(string name, Func<ContentQuery> next, SearchIndex index)
    {
        var figures = new Figures(name);
        var hits = 0L;
        for (var i = 0; i < Queries; i++)
        {
            var query = next();
            var watch = Stopwatch.StartNew();
            hits += ContentSearch.Search(index, query).Total;
            figures.Add(watch.Elapsed);
        }

        figures.Print();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{"",44}   mean hits {hits / (double)Queries:0}"));
    }

    private static SearchDocument Document(FinnishCorpus corpus, Guid key) =>
        new SearchDocument(ContentSearchDocuments.Id(key, "fi"), "fi", "1")
            .Exact(ContentFields.Key, key.ToString())
            .Facet(ContentFields.Type, corpus.Pick(FinnishCorpus.Types))
            .Facet("municipality", corpus.Pick(FinnishCorpus.Municipalities))
            .Stored(ContentFields.Url, $"/generated/{key:N}/")
            .FullText(ContentFields.Name, corpus.Text(4))
            .Sortable(ContentFields.SortName, key.ToString())
            .Date(ContentFields.UpdateDate, DateTime.UtcNow)
            .FullText(ContentFields.Body, corpus.Text(25))
            .FullText(ContentFields.Body, corpus.Text(120));
}
