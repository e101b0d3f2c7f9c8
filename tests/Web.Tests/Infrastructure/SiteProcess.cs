using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Participation.Web.Tests.Infrastructure;

/// <summary>
/// The built site running as a process of its own (a second node), on a free loopback port, until disposed.
/// Its output is kept for the failure message.
/// </summary>
public sealed class SiteProcess : IAsyncDisposable
{
    private readonly Process process;
    private readonly System.Text.StringBuilder output = new();

    private SiteProcess(Process process, Uri address)
    {
        this.process = process;
        Address = address;
        // Redirects are answers to check (a moved page's old address), not to follow.
        Client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = address, Timeout = TimeSpan.FromSeconds(10) };
    }

    public Uri Address { get; }

    public HttpClient Client { get; }

    public string Output
    {
        get
        {
            lock (output)
            {
                return output.ToString();
            }
        }
    }

    public static async Task<SiteProcess> StartAsync(IReadOnlyDictionary<string, string> environment)
    {
        var address = new Uri($"http://127.0.0.1:{FreePort()}/");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = AppContext.BaseDirectory };
        start.ArgumentList.Add(typeof(Program).Assembly.Location);
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add(address.ToString().TrimEnd('/'));
        start.Environment["DOTNET_ENVIRONMENT"] = "Testing";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        start.Environment["Cms__DataProtection__CertificateFolder"] = SiteFactory.SharedKeyFolder;
        start.Environment["Cms__Search__Folder"] = Path.Combine(Path.GetTempPath(), "participation-web-tests", Guid.NewGuid().ToString("N"), "search");
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        var site = new SiteProcess(Process.Start(start)!, address);
        site.process.OutputDataReceived += (_, e) => site.Keep(e.Data);
        site.process.ErrorDataReceived += (_, e) => site.Keep(e.Data);
        site.process.BeginOutputReadLine();
        site.process.BeginErrorReadLine();
        await site.WaitUntilServingAsync();
        return site;
    }

    /// <summary>Polls <paramref name="path"/> until <paramref name="check"/> holds or the time is up; returns how long it took.</summary>
    public async Task<TimeSpan?> WaitForAsync(string path, Func<HttpStatusCode, string, bool> check, TimeSpan within)
    {
        var watch = Stopwatch.StartNew();
        while (watch.Elapsed < within)
        {
            using var response = await Client.GetAsync(path);
            if (check(response.StatusCode, await response.Content.ReadAsStringAsync()))
            {
                return watch.Elapsed;
            }

            await Task.Delay(20);
        }

        return null;
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        process.Dispose();
    }

    private async Task WaitUntilServingAsync()
    {
        for (var i = 0; i < 600; i++)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"The second node exited with {process.ExitCode}:\n{Output}");
            }

            try
            {
                using var response = await Client.GetAsync("/");
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // not listening yet
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"The second node did not start:\n{Output}");
    }

    private void Keep(string? line)
    {
        if (line is not null)
        {
            lock (output)
            {
                output.AppendLine(line);
            }
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
