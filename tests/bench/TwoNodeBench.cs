using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Participation.Cms.Content;
using Participation.Cms.Persistence;
using Participation.Cms.PublishedCache;

namespace Participation.Bench;

/// <summary>
/// Two real processes on one PostgreSQL database: this process is node A and publishes; the built site started as a
/// second process is node B. For each publish: the time from A's commit until B serves the new text over HTTP.
/// Needs PARTICIPATION_TEST_POSTGRES (the test command starts PostgreSQL and prints how).
/// </summary>
internal static class TwoNodeBench
{
    public static async Task RunAsync(int publishes)
    {
        var database = CreateDatabase();
        await using var a = new SiteHost("PostgreSQL", database);
        var services = a.Services;
        var content = services.GetRequiredService<ContentService>();
        var article = services.GetRequiredService<PublishedSnapshotService>().Current.OfType("newsArticle").First(n => n.Url("fi") is not null);
        var url = article.Url("fi")!;
        using var b = await StartNodeAsync(database);
        using var client = new HttpClient { BaseAddress = b.Address };

        var onA = new Figures("publish on A (commit + own snapshot)");
        var lag = new Figures("visible on B after A's commit");
        var draft = await DraftAsync(services.GetRequiredService<CmsDatabase>(), article.Key);
        for (var i = 0; i < publishes; i++)
        {
            var text = $"Solmulta A, kierros {i}";
            draft.Cultures["fi"].Values["summary"] = text;
            await content.SaveAsync(article.Key, draft, "bench");
            await onA.TimeAsync(async () => { await content.PublishAsync(article.Key, null, "bench"); return 0; });
            var watch = Stopwatch.StartNew();
            while (!(await client.GetStringAsync(url)).Contains(text, StringComparison.Ordinal))
            {
                if (watch.Elapsed > TimeSpan.FromSeconds(30))
                {
                    throw new TimeoutException($"B did not show round {i} within 30 s");
                }
            }

            lag.Add(watch.Elapsed);
        }

        onA.Print();
        lag.Print();
    }

    private static string CreateDatabase()
    {
        var server = Environment.GetEnvironmentVariable("PARTICIPATION_TEST_POSTGRES")
            ?? throw new InvalidOperationException("Set PARTICIPATION_TEST_POSTGRES to a PostgreSQL connection string (source scripts/test-services.sh sets it).");
        var name = "bench_" + Guid.NewGuid().ToString("N");
        using (var connection = new NpgsqlConnection(server))
        {
            connection.Open();
            using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            command.ExecuteNonQuery();
        }

        return new NpgsqlConnectionStringBuilder(server) { Database = name }.ToString();
    }

    private static async Task<ContentDocument> DraftAsync(CmsDatabase database, Guid key)
    {
        await using var db = database.CreateContext();
        var json = await db.Nodes.Where(n => n.Key == key).Join(db.Versions, n => n.DraftVersionId, v => v.Id, (n, v) => v.Document).SingleAsync();
        return ContentDocument.Parse(json);
    }

    private static Task<SiteNode> StartNodeAsync(string database) => SiteNode.StartAsync(new Dictionary<string, string>
    {
        ["Cms__Database__Provider"] = "PostgreSQL",
        ["ConnectionStrings__Cms"] = database,
        ["Cms__Media__Folder"] = Path.Combine(Path.GetTempPath(), "participation-bench", Guid.NewGuid().ToString("N")),
        ["Cms__Search__Folder"] = Path.Combine(Path.GetTempPath(), "participation-bench", Guid.NewGuid().ToString("N"), "search"),
    });
}
