using System.Diagnostics;
using System.Net.Sockets;

namespace Participation.Bench;

/// <summary>
/// The Release build of the site as a process of its own on a free loopback port, started the way an operator starts it
/// (content root src/Web, settings from the environment). Knows how long it took to serve its first page.
/// </summary>
internal sealed class SiteNode : IDisposable
{
    private readonly Process process;

    private SiteNode(Process process, Uri address, TimeSpan firstPage)
    {
        this.process = process;
        Address = address;
        FirstPage = firstPage;
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

    public static async Task<SiteNode> StartAsync(IReadOnlyDictionary<string, string> environment)
    {
        var listener = new TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        var port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        var address = new Uri($"http://127.0.0.1:{port}/");
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = Path.Combine(SiteHost.RepositoryRoot(), "src", "Web"), RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(typeof(Program).Assembly.Location);
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add(address.ToString().TrimEnd('/'));
        start.ArgumentList.Add("--contentRoot");
        start.ArgumentList.Add(start.WorkingDirectory);
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        var watch = Stopwatch.StartNew();
        var process = Process.Start(start)!;
        var output = new System.Text.StringBuilder();
        process.OutputDataReceived += (_, e) => { lock (output) { output.AppendLine(e.Data); } };
        process.ErrorDataReceived += (_, e) => { lock (output) { output.AppendLine(e.Data); } };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        using var probe = new HttpClient { BaseAddress = address };
        while (watch.Elapsed < TimeSpan.FromMinutes(30) && !process.HasExited)
        {
            try
            {
                if ((await probe.GetAsync("/")).IsSuccessStatusCode)
                {
                    return new SiteNode(process, address, watch.Elapsed);
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

    public void Dispose()
    {
        process.Kill(entireProcessTree: true);
        process.WaitForExit();
        process.Dispose();
    }
}
