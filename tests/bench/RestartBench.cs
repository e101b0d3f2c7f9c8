using System.Globalization;

namespace Participation.Bench;

/// <summary>
/// A site of the given size generated once, then started as its own Release process several times: the time to its
/// first page each time, and when the start-up's steps logged (migrations, snapshot, indexes, listening), so the
/// step that costs can be found. Set PARTICIPATION_BENCH_FOLDER to keep the generated site between runs.
/// </summary>
internal static class RestartBench
{
    public static async Task RunAsync(int items, int starts = 4)
    {
        var kept = Environment.GetEnvironmentVariable("PARTICIPATION_BENCH_FOLDER");
        var folder = kept ?? Path.Combine(Path.GetTempPath(), "participation-bench", "restart-" + Guid.NewGuid().ToString("N"));
        var settings = SpeedBench.Settings(folder);
        try
        {
            if (!File.Exists(Path.Combine(folder, "site.db")))
            {
                await SpeedBench.GenerateAsync(settings, items);
                Console.WriteLine($"generated {items} items in {folder}");
            }

            var environment = settings.ToDictionary(s => s.Key.Replace(":", "__", StringComparison.Ordinal), s => s.Value);
            environment["Logging__LogLevel__Participation.Cms.Hosting"] = "Information";
            environment["Logging__LogLevel__Participation.Cms.Search"] = "Information";
            environment["Logging__LogLevel__Microsoft.Hosting.Lifetime"] = "Information";
            var times = new List<double>();
            for (var i = 0; i < starts; i++)
            {
                var lines = new List<string>();
                using (var site = await SiteNode.StartAsync(environment, (at, line) => lines.Add(string.Create(CultureInfo.InvariantCulture, $"  {at.TotalSeconds,6:0.000} s  {line}"))))
                {
                    times.Add(site.FirstPage.TotalSeconds);
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"start {i + 1}: first page {site.FirstPage.TotalSeconds:0.000} s, working set {site.WorkingSetMb:0} MB"));
                    lines.ForEach(Console.WriteLine);
                }
            }

            times.Sort();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"restart to first page at {items} items: median {times[times.Count / 2]:0.000} s, best {times[0]:0.000} s over {starts} starts"));
        }
        finally
        {
            if (kept is null)
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }
}
