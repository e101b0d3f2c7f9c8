using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Participation.Bench;

/// <summary>
/// Load from a second process: Debian's <c>wrk</c> on loopback, 2 threads and 32 connections for a few seconds.
/// Prints requests/s, p50 and p99 and the ratio to the run's baseline.
/// </summary>
internal static partial class Wrk
{
    public sealed record Result(string Name, double PerSecond, double P50Ms, double P99Ms, long Failed);

    /// <summary>
    /// Before a run generates and publishes a site, not minutes into it: wrk is found, or installed from Debian's
    /// packages when this runs as root (as the test command installs its services), or the run stops saying how.
    /// </summary>
    public static void EnsureInstalled()
    {
        if (Installed())
        {
            return;
        }

        if (Environment.UserName == "root" && (Apt("install", "-y", "wrk") || (Apt("update") && Apt("install", "-y", "wrk"))) && Installed())
        {
            return;
        }

        throw new InvalidOperationException("wrk is not installed: apt-get install -y wrk (Debian's package).");
    }

    private static bool Installed() =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator).Any(folder => File.Exists(Path.Combine(folder, "wrk")));

    private static bool Apt(params string[] arguments)
    {
        var start = new ProcessStartInfo("apt-get") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.Environment["DEBIAN_FRONTEND"] = "noninteractive";
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        Console.WriteLine($"wrk: apt-get {string.Join(' ', arguments)}");
        using var process = Process.Start(start)!;
        process.StandardOutput.ReadToEndAsync();
        process.StandardError.ReadToEnd();
        process.WaitForExit();
        return process.ExitCode == 0;
    }

    /// <param name="script">A wrk Lua script's text (a POST, a request that changes each time), or null for plain GETs.</param>
    public static async Task<Result> RunAsync(string name, string url, TimeSpan duration, string? script = null)
    {
        var start = new ProcessStartInfo("wrk") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { "-t2", "-c32", $"-d{(int)duration.TotalSeconds}s", "--latency" })
        {
            start.ArgumentList.Add(argument);
        }

        var file = script is null ? null : Path.Combine(Path.GetTempPath(), $"participation-bench-{Guid.NewGuid():N}.lua");
        if (file is not null)
        {
            await File.WriteAllTextAsync(file, script);
            start.ArgumentList.Add("-s");
            start.ArgumentList.Add(file);
        }

        start.ArgumentList.Add(url);
        string output;
        using (var process = Process.Start(start) ?? throw new InvalidOperationException("wrk did not start (apt-get install wrk)."))
        {
            output = await process.StandardOutput.ReadToEndAsync();
            await process.WaitForExitAsync();
        }

        if (file is not null)
        {
            File.Delete(file);
        }

        var perSecond = double.Parse(PerSecond().Match(output).Groups[1].Value, CultureInfo.InvariantCulture);
        var failed = Failed().Match(output) is { Success: true } f ? long.Parse(f.Groups[1].Value, CultureInfo.InvariantCulture) : 0;
        return new Result(name, perSecond, Percentile(output, "50"), Percentile(output, "99"), failed);
    }

    public static void Print(Result result, double baseline) =>
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{result.Name,-46} {result.PerSecond,9:0} req/s  p50 {result.P50Ms,7:0.00} ms  p99 {result.P99Ms,7:0.00} ms  {result.PerSecond / baseline,5:0.00}x baseline{(result.Failed > 0 ? $"  ({result.Failed} not 2xx/3xx)" : "")}"));

    private static double Percentile(string output, string percent)
    {
        var match = Regex.Match(output, $@"^\s+{percent}%\s+([\d.]+)(us|ms|s)\s*$", RegexOptions.Multiline);
        var value = double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
        return match.Groups[2].Value switch { "us" => value / 1000, "s" => value * 1000, _ => value };
    }

    [GeneratedRegex(@"Requests/sec:\s+([\d.]+)")]
    private static partial Regex PerSecond();

    [GeneratedRegex(@"Non-2xx or 3xx responses:\s+(\d+)")]
    private static partial Regex Failed();
}
