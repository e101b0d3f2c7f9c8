using System.Text.Json;

namespace Participation.Relevance;

/// <summary>
/// The judged Finnish queries in queries.json (grade 2: the answer, 1: also relevant) and the three figures a
/// ranking is judged by: MRR (reciprocal rank of the first relevant hit), nDCG@10 (graded gain, 2^grade - 1) and
/// hits@5 (share of queries with a relevant hit in the first five). Shared by the bench runner and the guard test.
/// </summary>
public sealed class RelevanceSet
{
    private RelevanceSet(IReadOnlyList<JudgedQuery> queries) => Queries = queries;

    public IReadOnlyList<JudgedQuery> Queries { get; }

    public static RelevanceSet Load(string file)
    {
        var queries = JsonSerializer.Deserialize<List<JudgedQuery>>(File.ReadAllText(file), new JsonSerializerOptions(JsonSerializerDefaults.Web))
            ?? throw new InvalidOperationException($"{file} holds no queries.");
        return new RelevanceSet(queries);
    }

    /// <summary>Finds tests/relevance/queries.json above the running assembly.</summary>
    public static RelevanceSet FromRepository()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var file = Path.Combine(dir.FullName, "tests", "relevance", "queries.json");
            if (File.Exists(file))
            {
                return Load(file);
            }
        }

        throw new InvalidOperationException("tests/relevance/queries.json not found above " + AppContext.BaseDirectory);
    }

    /// <summary>Runs every query through <paramref name="rank"/> (text to URLs, best first) and averages the figures.</summary>
    public RelevanceFigures Evaluate(Func<string, IReadOnlyList<string>> rank)
    {
        double mrr = 0, ndcg = 0, hits = 0;
        foreach (var query in Queries)
        {
            var ranked = rank(query.Q);
            var first = ranked.Select((url, i) => (url, i)).FirstOrDefault(r => query.Relevant.ContainsKey(r.url));
            mrr += first.url is null ? 0 : 1.0 / (first.i + 1);
            hits += ranked.Take(5).Any(query.Relevant.ContainsKey) ? 1 : 0;
            var dcg = ranked.Take(10).Select((url, i) => Gain(query.Relevant.GetValueOrDefault(url)) / Math.Log2(i + 2)).Sum();
            var ideal = query.Relevant.Values.OrderByDescending(g => g).Take(10).Select((g, i) => Gain(g) / Math.Log2(i + 2)).Sum();
            ndcg += ideal == 0 ? 0 : dcg / ideal;
        }

        var n = Math.Max(1, Queries.Count);
        return new RelevanceFigures(mrr / n, ndcg / n, hits / n);
    }

    private static double Gain(int grade) => Math.Pow(2, grade) - 1;
}

public sealed record JudgedQuery(string Q, string Kind, Dictionary<string, int> Relevant);

public sealed record RelevanceFigures(double Mrr, double Ndcg10, double HitsAt5);
