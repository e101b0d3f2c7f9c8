using System.Diagnostics;
using System.Globalization;

namespace Participation.Bench;

/// <summary>
/// The first start of the built site as its own process on a generated data package (the demo data plus
/// <c>count</c> news, blog posts, associations and partnership tables on SQLite), then a restart on the same database:
/// time to the home page's first 200, items imported per second, what the site answered meanwhile, and working set.
/// </summary>
internal static class ImportBench
{
    public static async Task RunAsync(int count)
    {
        var folder = Path.Combine(Path.GetTempPath(), "participation-bench", "import-" + Guid.NewGuid().ToString("N"));
        var data = Path.Combine(folder, "umbraco-data");
        var watch = Stopwatch.StartNew();
        await GeneratedPackage.WriteAsync(Path.Combine(SiteHost.RepositoryRoot(), "umbraco-data"), data, count);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"data package with {count} generated items written in {watch.Elapsed.TotalSeconds:0.0} s: {data}"));
        try
        {
            var first = await StartAsync(folder, data, "first start (import)");
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  imported {count / first.TotalSeconds:0} generated items/s"));
            await StartAsync(folder, data, "restart");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static async Task<TimeSpan> StartAsync(string folder, string data, string name)
    {
        var watch = Stopwatch.StartNew();
        var (started, address) = SiteNode.Launch(new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["Cms__DataFolder"] = data,
            ["ConnectionStrings__Cms"] = $"Data Source={Path.Combine(folder, "site.db")};Default Timeout=30",
            ["Cms__Media__Folder"] = Path.Combine(folder, "media"),
            ["Cms__Media__CacheFolder"] = Path.Combine(folder, "cache"),
            ["Cms__Search__Folder"] = Path.Combine(folder, "search"),
            ["Cms__DataProtection__CertificateFolder"] = Path.Combine(folder, "keys"),
            ["Forms__UploadsFolder"] = Path.Combine(folder, "form-uploads"),
            ["Forms__Mail__PickupFolder"] = Path.Combine(folder, "mail"),
            ["Logging__LogLevel__Participation.Cms.DataPackage"] = "Information",
            ["Logging__LogLevel__Participation.Cms.Hosting"] = "Information",
        }, line => Echo(line, watch));
        using var process = started;
        try
        {
            using var probe = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(30) };
            var answers = new Dictionary<int, int>();
            TimeSpan? firstAnswer = null;
            while (true)
            {
                if (process.HasExited)
                {
                    throw new InvalidOperationException($"The site stopped with exit code {process.ExitCode}.");
                }

                try
                {
                    using var response = await probe.GetAsync("/");
                    firstAnswer ??= watch.Elapsed;
                    answers[(int)response.StatusCode] = answers.GetValueOrDefault((int)response.StatusCode) + 1;
                    if (response.IsSuccessStatusCode)
                    {
                        break;
                    }
                }
                catch (HttpRequestException)
                {
                    // not listening yet
                }

                await Task.Delay(50);
            }

            var elapsed = watch.Elapsed;
            process.Refresh();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{name,-22} first answer {firstAnswer!.Value.TotalSeconds,7:0.00} s  first 200 {elapsed.TotalSeconds,7:0.00} s  answers {string.Join(", ", answers.OrderBy(a => a.Key).Select(a => $"{a.Key}×{a.Value}"))}  working set {process.WorkingSet64 / 1048576} MB (peak {process.PeakWorkingSet64 / 1048576} MB)"));
            return elapsed;
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
    }

    private static void Echo(string? line, Stopwatch watch)
    {
        // The console logger writes "info: Category[0]" and then the message on its own line: the message is enough.
        if (!string.IsNullOrWhiteSpace(line) && !System.Text.RegularExpressions.Regex.IsMatch(line, "^(info|warn|fail|crit): "))
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  [{watch.Elapsed.TotalSeconds,6:0.0} s] {line.Trim()}"));
        }
    }
}
