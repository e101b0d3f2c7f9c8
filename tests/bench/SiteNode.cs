using System.Diagnostics;
using System.Net.Sockets;

namespace Participation.Bench;

/// <summary>
/// The site as a process of its own on a free loopback port, started the way an operator starts it: published for this
/// machine's runtime (Release, compiled ahead of time, as README's deployment section says), content root src/Web,
/// settings from the environment. Knows how long it took to serve its first page.
/// </summary>
internal sealed class SiteNode : IDisposable
{
    private readonly Process process;
    private readonly Queue<string> lastLines;

    private SiteNode(Process process, Uri address, TimeSpan firstPage, Queue<string> lastLines)
    {
        this.process = process;
        Address = address;
        FirstPage = firstPage;
        this.lastLines = lastLines;
    }

    /// <summary>Whether the process still runs, and its last output lines: what a bench prints when the site stops answering.</summary>
    public string Health()
    {
        lock (lastLines)
        {
            var state = process.HasExited ? $"the site exited with code {process.ExitCode}" : "the site is still running";
            return $"{state}; its last output lines:\n{string.Join('\n', lastLines)}";
        }
    }

    public Uri Address { get; }

    /// <summary>From starting the process to the first 200 of the home page.</summary>
    public TimeSpan FirstPage { get; }

    /// <summary>The process's resident memory now, in MB.</summary>
    public double WorkingSetMb
    {
        get
        {
            process.Refresh();
            return process.WorkingSet64 / 1024.0 / 1024.0;
        }
    }

    /// <summary>Starts the site and waits for its home page; <paramref name="log"/> hears each output line with the time since the start.</summary>
    public static async Task<SiteNode> StartAsync(IReadOnlyDictionary<string, string> environment, Action<TimeSpan, string>? log = null)
    {
        var output = new System.Text.StringBuilder();
        var lastLines = new Queue<string>();
        if (Environment.GetEnvironmentVariable("PARTICIPATION_BENCH_SITE") is null)
        {
            _ = Published.Value; // not part of the start
        }

        var watch = Stopwatch.StartNew();
        var (process, address) = Launch(environment, line =>
        {
            lock (output)
            {
                if (output.Length < 1_000_000)
                {
                    output.AppendLine(line);
                }

                if (line is not null)
                {
                    log?.Invoke(watch.Elapsed, line);
                    lock (lastLines)
                    {
                        lastLines.Enqueue(line);
                        if (lastLines.Count > 40)
                        {
                            lastLines.Dequeue();
                        }
                    }
                }
            }
        });
        using var probe = new HttpClient { BaseAddress = address };
        while (watch.Elapsed < TimeSpan.FromMinutes(30) && !process.HasExited)
        {
            try
            {
                if ((await probe.GetAsync("/")).IsSuccessStatusCode)
                {
                    return new SiteNode(process, address, watch.Elapsed, lastLines);
                }
            }
            catch (HttpRequestException)
            {
                // not listening yet
            }

            await Task.Delay(20);
        }

        process.Kill(entireProcessTree: true);
        throw new TimeoutException($"The site did not serve its home page:\n{output}");
    }

    /// <summary>Starts the process with <paramref name="environment"/> over the defaults; its output lines go to <paramref name="output"/>.</summary>
    public static (Process Process, Uri Address) Launch(IReadOnlyDictionary<string, string> environment, Action<string?> output)
    {
        var listener = new TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        var port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        var address = new Uri($"http://127.0.0.1:{port}/");
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = Path.Combine(SiteHost.RepositoryRoot(), "src", "Web"), RedirectStandardOutput = true, RedirectStandardError = true };
        var site = Environment.GetEnvironmentVariable("PARTICIPATION_BENCH_SITE") ?? Published.Value;
        foreach (var argument in new[] { site, "--urls", address.ToString().TrimEnd('/'), "--contentRoot", start.WorkingDirectory })
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["Logging__LogLevel__Default"] = "Warning";
        start.Environment["Logging__Console__FormatterName"] = "simple";
        start.Environment["Logging__Console__FormatterOptions__SingleLine"] = "true";
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, e) => output(e.Data);
        process.ErrorDataReceived += (_, e) => output(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return (process, address);
    }

    /// <summary>Published once per bench run (incremental after the first time: seconds when nothing changed).</summary>
    private static readonly Lazy<string> Published = new(() =>
    {
        var output = Path.Combine(SiteHost.RepositoryRoot(), "tests", "bench", "bin", "site");
        var publish = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true };
        foreach (var argument in new[] { "publish", Path.Combine(SiteHost.RepositoryRoot(), "src", "Web"), "-c", "Release", "-r", System.Runtime.InteropServices.RuntimeInformation.RuntimeIdentifier, "--self-contained", "false", "-o", output, "-v", "quiet", "-nologo" })
        {
            publish.ArgumentList.Add(argument);
        }

        var watch = Stopwatch.StartNew();
        using var process = Process.Start(publish)!;
        var log = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"dotnet publish failed:\n{log}");
        }

        Console.WriteLine($"(site published for {System.Runtime.InteropServices.RuntimeInformation.RuntimeIdentifier}, ReadyToRun, in {watch.Elapsed.TotalSeconds:0} s)");
        return Path.Combine(output, "Participation.Web.dll");
    });

    public void Dispose()
    {
        process.Kill(entireProcessTree: true);
        process.WaitForExit();
        process.Dispose();
    }
}
