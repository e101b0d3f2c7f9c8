using System.Diagnostics;
using System.Globalization;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Participation.Extensions.Forms.Definitions;
using Participation.Extensions.Forms.Entries;
using Participation.Extensions.Forms.Workflows;
using Participation.Extensions.Persistence;

namespace Participation.Bench;

/// <summary>
/// Forms at scale on SQLite: the feedback form sent through the headless API, and its page rendered, first with no
/// entries and then with 10 000 stored entries (and 20 000 finished workflow rows). Storing an entry reads one form
/// from memory and at most one row by its key, so the two runs should match; the ratio says whether they do.
/// </summary>
internal static class FormsBench
{
    private const string ApiKey = "bench-forms-api-key";
    private static readonly Guid Feedback = Guid.Parse("00000000-0000-4000-8300-000000000004");

    public static async Task RunAsync(int rounds)
    {
        await using var site = new SiteHost(settings: new Dictionary<string, string>
        {
            ["Forms:ApiKey"] = ApiKey,
            ["Forms:PostsPerMinute"] = "1000000",
        });
        var client = site.CreateClient();
        await Warm(client);

        var (emptyPost, emptyPage, emptyRate) = await MeasureAsync(client, rounds, "no entries");
        await GenerateAsync(site.Services, 10_000);
        var (fullPost, fullPage, fullRate) = await MeasureAsync(client, rounds, "10 000 entries");
        var (first, last, search) = await BackofficeListAsync(site.Services, rounds);

        foreach (var f in new[] { emptyPost, fullPost, emptyPage, fullPage, first, last, search })
        {
            f.Print();
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"entries/s sent one after another: {emptyRate:0.0} (no entries), {fullRate:0.0} (10 000 entries)"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"ratio p50 10 000 / none: submit {fullPost.P50 / emptyPost.P50:0.00}, page with form {fullPage.P50 / emptyPage.P50:0.00}"));
    }

    private static async Task<(Figures Post, Figures Page, double Rate)> MeasureAsync(HttpClient client, int rounds, string label)
    {
        var post = new Figures($"submit feedback via API ({label})");
        var page = new Figures($"page with form, GET ({label})");
        var watch = Stopwatch.StartNew();
        for (var i = 0; i < rounds; i++)
        {
            await post.TimeAsync(() => SubmitAsync(client, i));
        }

        var rate = rounds / watch.Elapsed.TotalSeconds;
        for (var i = 0; i < rounds; i++)
        {
            await page.TimeAsync(async () => (await client.GetAsync("/saavutettavuusseloste/")).EnsureSuccessStatusCode());
        }

        return (post, page, rate);
    }

    /// <summary>The editors' entries list over 10 000 entries: the newest page, the last page, and a free-text search.</summary>
    private static async Task<(Figures First, Figures Last, Figures Search)> BackofficeListAsync(IServiceProvider services, int rounds)
    {
        var form = (await services.GetRequiredService<FormCatalog>().GetAsync(Feedback))!;
        var query = services.GetRequiredService<EntryQuery>();
        var first = new Figures("entries list, newest 50 of 10 000");
        var last = new Figures("entries list, last page of 10 000");
        var search = new Figures("entries list, free-text search in 10 000");
        for (var i = 0; i < Math.Min(rounds, 50); i++)
        {
            await first.TimeAsync(() => query.PageAsync(form, new EntryFilter(), sensitive: true, 1, CancellationToken.None));
            await last.TimeAsync(() => query.PageAsync(form, new EntryFilter(), sensitive: true, 10_000 / EntryQuery.PageSize, CancellationToken.None));
            await search.TimeAsync(() => query.PageAsync(form, new EntryFilter(Text: $"palaute {i * 97}"), sensitive: true, 1, CancellationToken.None));
        }

        return (first, last, search);
    }

    private static async Task<int> SubmitAsync(HttpClient client, int i)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"/umbraco/forms/delivery/api/v1/entries/{Feedback}")
        {
            Content = new StringContent($$$"""{"values": {"message": "Palaute {{{i}}}", "email": "bench{{{i}}}@example.fi", "consent": "on"}}""", Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("Api-Key", ApiKey);
        var response = await client.SendAsync(request);
        return response.StatusCode == System.Net.HttpStatusCode.Accepted ? 0 : throw new InvalidOperationException($"Submit answered {(int)response.StatusCode}.");
    }

    private static async Task Warm(HttpClient client)
    {
        for (var i = 0; i < 5; i++)
        {
            await SubmitAsync(client, -i);
            await client.GetAsync("/saavutettavuusseloste/");
        }
    }

    private static async Task GenerateAsync(IServiceProvider services, int count)
    {
        var database = services.GetRequiredService<ExtensionsDatabase>();
        var start = DateTime.UtcNow.AddDays(-200);
        for (var batch = 0; batch < count; batch += 1_000)
        {
            await using var db = database.CreateContext();
            for (var i = batch; i < Math.Min(count, batch + 1_000); i++)
            {
                var entry = new FormEntry
                {
                    Id = Guid.NewGuid(),
                    FormId = Feedback,
                    State = FormEntryState.Approved,
                    CreatedUtc = start.AddMinutes(i * 20),
                    UpdatedUtc = start.AddMinutes(i * 20),
                    Culture = "fi",
                    Values = $$$"""{"message":["Generoitu palaute {{{i}}}"],"email":["gen{{{i}}}@example.fi"],"consent":["true"]}""",
                    IdempotencyKey = Guid.NewGuid().ToString("N"),
                    SubjectEmail = $"gen{i}@example.fi",
                };
                db.Set<FormEntry>().Add(entry);
                foreach (var workflow in new[] { "00000000-0000-4000-8303-000000000011", "00000000-0000-4000-8303-000000000012" })
                {
                    db.Set<WorkflowTask>().Add(new WorkflowTask
                    {
                        EntryId = entry.Id, FormId = Feedback, WorkflowId = Guid.Parse(workflow), WorkflowType = "sendEmail",
                        CreatedUtc = entry.CreatedUtc, NextAttemptUtc = entry.CreatedUtc, Attempts = 1, DoneUtc = entry.CreatedUtc,
                    });
                }
            }

            await db.SaveChangesAsync();
        }
    }
}
