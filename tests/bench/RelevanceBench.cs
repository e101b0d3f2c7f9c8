using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Participation.Cms.PublishedCache;
using Participation.Cms.Search;
using Participation.Cms.Search.Analysis;
using Participation.Relevance;

namespace Participation.Bench;

/// <summary>
/// The relevance runner: the demo content (umbraco-data) indexed once per Finnish analysis profile, every judged query
/// in tests/relevance/queries.json run against each, and MRR, nDCG@10 and hits@5 printed per profile and per kind of query.
/// </summary>
internal static class RelevanceBench
{
    /// <param name="misses">Also list, for the chosen profile, each query whose best answer is not first, with what came first.</param>
    public static async Task RunAsync(bool misses)
    {
        var set = RelevanceSet.FromRepository();
        await using var site = new SiteHost();
        _ = site.Server;
        var snapshot = site.Services.GetRequiredService<PublishedSnapshotService>().Current;
        var builder = site.Services.GetRequiredService<ContentSearchDocuments>();
        var documents = snapshot.All.SelectMany(item => builder.For(snapshot, item)).ToList();
        Console.WriteLine($"{set.Queries.Count} judged queries over {documents.Count} documents ({documents.Count(d => d.Culture == "fi")} Finnish)");
        Console.WriteLine();
        Console.WriteLine($"{"analysis",-36} {"MRR",6} {"nDCG@10",8} {"hits@5",7}   hits@5 by kind: {string.Join(", ", set.Queries.Select(q => q.Kind).Distinct())}");
        var candidates = AnalysisProfiles.FinnishCandidates.ToList();
        if (VoikkoAnalysis.TryCreate() is { } voikko)
        {
            candidates.Insert(candidates.Count - 1, voikko);
        }

        foreach (var profile in candidates)
        {
            var folder = Path.Combine(Path.GetTempPath(), "participation-bench", "relevance-" + Guid.NewGuid().ToString("N"));
            var definition = new SearchIndexDefinition
            {
                Name = profile.Name,
                Cultures = ["fi", "sv", "en"],
                Languages = culture => culture == "fi" ? profile : AnalysisProfiles.For(culture),
            };
            await using (var index = new SearchIndex(definition, folder, "", TimeProvider.System, NullLogger.Instance))
            {
                index.Open();
                await index.RebuildAsync(documents);
                IReadOnlyList<string> Rank(string text) =>
                    ContentSearch.Search(index, new ContentQuery(text, "fi") { Take = 10, Highlight = false }).Hits.Select(h => h.Url ?? "").ToList();
                var figures = set.Evaluate(Rank);
                var byKind = set.Queries.GroupBy(q => q.Kind).Select(g => Pct(g.Count(q => Rank(q.Q).Take(5).Any(q.Relevant.ContainsKey)) / (double)g.Count()));
                var chosen = profile == AnalysisProfiles.Finnish ? " (chosen)" : "";
                Console.WriteLine($"{profile.Name + chosen,-36} {F(figures.Mrr),6} {F(figures.Ndcg10),8} {F(figures.HitsAt5),7}   {string.Join("  ", byKind)}");
                if (misses && chosen.Length > 0)
                {
                    foreach (var query in set.Queries)
                    {
                        var ranked = Rank(query.Q);
                        if (ranked.Count == 0 || query.Relevant.GetValueOrDefault(ranked[0]) < query.Relevant.Values.Max())
                        {
                            Console.WriteLine($"    {query.Q,-40} got {string.Join(" ", ranked.Take(3))}");
                        }
                    }
                }
            }

            Directory.Delete(folder, recursive: true);
        }
    }

    private static string F(double value) => value.ToString("0.000", CultureInfo.InvariantCulture);

    private static string Pct(double value) => (value * 100).ToString("0", CultureInfo.InvariantCulture) + "%";
}
