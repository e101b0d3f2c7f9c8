using System.Diagnostics;
using System.Globalization;

namespace Participation.Bench;

/// <summary>The in-process HTTP load the web benches share: one checked GET, and 8 clients in a loop for requests/s.</summary>
internal static class HttpLoad
{
    /// <summary>
    /// Each case warmed up, then p50/p99 of <paramref name="rounds"/> requests one after another and requests/s with 8
    /// clients, with the ratio to the first case's (the baseline, e.g. the static stylesheet) in the same run.
    /// </summary>
    public static async Task MeasureAsync(HttpClient client, IEnumerable<(string Name, Func<int, string> Url)> cases, int rounds)
    {
        var baseline = 0.0;
        foreach (var (name, url) in cases)
        {
            for (var i = 0; i < 20; i++)
            {
                await Get(client, url(-1 - i));
            }

            var figures = new Figures(name);
            for (var i = 0; i < rounds; i++)
            {
                await figures.TimeAsync(() => Get(client, url(i)));
            }

            var perSecond = await Throughput(client, url, rounds * 4 + 1_000_000);
            baseline = baseline == 0 ? perSecond : baseline;
            figures.Print();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{"",-44} {perSecond,8:0} requests/s with 8 clients ({perSecond / baseline:0.00} of the baseline's)"));
        }
    }

    /// <summary>8 clients asking in a loop for 3 seconds; distinct URLs where the case needs them.</summary>
    public static async Task<double> Throughput(HttpClient client, Func<int, string> url, int start)
    {
        var next = start;
        var done = 0;
        var watch = Stopwatch.StartNew();
        var until = TimeSpan.FromSeconds(3);
        await Task.WhenAll(Enumerable.Range(0, 8).Select(async _ =>
        {
            while (watch.Elapsed < until)
            {
                await Get(client, url(Interlocked.Increment(ref next)));
                Interlocked.Increment(ref done);
            }
        }));
        return done / watch.Elapsed.TotalSeconds;
    }

    public static async Task<int> Get(HttpClient client, string url)
    {
        using var response = await client.GetAsync(url);
        var body = await response.Content.ReadAsByteArrayAsync();
        return response.IsSuccessStatusCode ? body.Length : throw new InvalidOperationException($"{url} answered {(int)response.StatusCode}: {System.Text.Encoding.UTF8.GetString(body)}");
    }
}
