using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Participation.Web.Tests.Infrastructure;

/// <summary>
/// A real log host: Debian's rsyslogd (rsyslog and rsyslog-gnutls, installed by scripts/test-services.sh) receiving
/// syslog over TLS (RFC 5425) on a free loopback port with a certificate of its own, and writing each entry as one
/// line of a file. Made first and started later when a test needs the host to be down at first.
/// </summary>
public sealed class SyslogReceiver : IAsyncDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "participation-web-tests", "syslog-" + Guid.NewGuid().ToString("N"));
    private Process? process;

    private readonly X509Certificate2? clientAuthority;

    /// <param name="clientCertificates">
    /// The host takes entries only from senders with a certificate from its own CA (rsyslog's <c>x509/certvalid</c>),
    /// instead of from anyone who can reach the port.
    /// </param>
    public SyslogReceiver(bool clientCertificates = false)
    {
        Directory.CreateDirectory(folder);
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        Port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();

        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=localhost", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddDnsName("localhost");
        request.CertificateExtensions.Add(names.Build());
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(1));
        File.WriteAllText(CertificateFile, certificate.ExportCertificatePem());
        File.WriteAllText(Path.Combine(folder, "key.pem"), key.ExportPkcs8PrivateKeyPem());
        var trusted = CertificateFile;
        if (clientCertificates)
        {
            using var authorityKey = RSA.Create(2048);
            var authority = new CertificateRequest("CN=Lokipalvelun CA", authorityKey, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
            authority.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, false, 0, true));
            authority.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyCertSign, true));
            clientAuthority = authority.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(1));
            trusted = Path.Combine(folder, "trusted.pem");
            File.WriteAllText(trusted, certificate.ExportCertificatePem() + clientAuthority.ExportCertificatePem());
        }

        File.WriteAllText(Path.Combine(folder, "rsyslog.conf"), $"""
            global(workDirectory="{folder}" defaultNetstreamDriver="gtls"
                   defaultNetstreamDriverCAFile="{trusted}" defaultNetstreamDriverCertFile="{CertificateFile}"
                   defaultNetstreamDriverKeyFile="{folder}/key.pem")
            module(load="imtcp" streamDriver.name="gtls" streamDriver.mode="1" streamDriver.authMode="{(clientCertificates ? "x509/certvalid" : "anon")}")
            input(type="imtcp" address="127.0.0.1" port="{Port}")
            action(type="omfile" file="{ReceivedFile}" template="RSYSLOG_SyslogProtocol23Format")
            """);
    }

    public int Port { get; }

    /// <summary>The receiver's self-signed certificate (PEM): what a site must trust to send to it.</summary>
    public string CertificateFile => Path.Combine(folder, "cert.pem");

    private string ReceivedFile => Path.Combine(folder, "received.log");

    /// <summary>The site's settings for shipping its log here, trusting this receiver's certificate.</summary>
    public Dictionary<string, string> Settings() => new()
    {
        ["Cms:LogShipping:Address"] = $"localhost:{Port}",
        ["Cms:LogShipping:TrustedCertificateFile"] = CertificateFile,
        ["Logging:Syslog:LogLevel:Default"] = "Information", // the test sites log only warnings elsewhere; sign-ins are Information
    };

    /// <summary>A sender's certificate from the host's CA, as the PEM files the site reads, and the settings that present it.</summary>
    public Dictionary<string, string> ClientSettings(string subject)
    {
        var authority = clientAuthority ?? throw new InvalidOperationException("This receiver takes no client certificates.");
        using var key = RSA.Create(2048);
        var request = new CertificateRequest(subject, key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.2")], false)); // client authentication
        using var issued = request.Create(authority, DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddHours(1), RandomNumberGenerator.GetBytes(12));
        var name = Guid.NewGuid().ToString("N");
        File.WriteAllText(Path.Combine(folder, name + ".crt"), issued.ExportCertificatePem());
        File.WriteAllText(Path.Combine(folder, name + ".key"), key.ExportPkcs8PrivateKeyPem());
        var settings = Settings();
        settings["Cms:LogShipping:ClientCertificateFile"] = Path.Combine(folder, name + ".crt");
        settings["Cms:LogShipping:ClientKeyFile"] = Path.Combine(folder, name + ".key");
        return settings;
    }

    public async Task StartAsync()
    {
        process = Process.Start(new ProcessStartInfo("rsyslogd", ["-n", "-f", Path.Combine(folder, "rsyslog.conf"), "-i", Path.Combine(folder, "rsyslogd.pid")])
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        }) ?? throw new InvalidOperationException("rsyslogd did not start; scripts/test-services.sh installs it.");
        for (var i = 0; i < 100; i++)
        {
            try
            {
                using var probe = new TcpClient();
                await probe.ConnectAsync(IPAddress.Loopback, Port);
                return;
            }
            catch (SocketException) when (!process.HasExited)
            {
                await Task.Delay(100);
            }
        }

        throw new InvalidOperationException($"rsyslogd does not listen on {Port}: {await process.StandardError.ReadToEndAsync()}");
    }

    /// <summary>The lines received so far.</summary>
    public IReadOnlyList<string> Lines() => File.Exists(ReceivedFile) ? File.ReadAllLines(ReceivedFile) : [];

    /// <summary>The first line containing <paramref name="text"/>, once it has arrived (at most a minute: the sender backs off up to 30 s).</summary>
    public async Task<string> WaitForAsync(string text)
    {
        for (var waited = TimeSpan.Zero; waited < TimeSpan.FromMinutes(1); waited += TimeSpan.FromMilliseconds(100))
        {
            if (Lines().FirstOrDefault(l => l.Contains(text, StringComparison.Ordinal)) is { } line)
            {
                return line;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"The log host received no line with '{text}'; it has {Lines().Count} lines.");
    }

    public async ValueTask DisposeAsync()
    {
        if (process is { HasExited: false })
        {
            process.Kill();
            await process.WaitForExitAsync();
        }

        process?.Dispose();
        clientAuthority?.Dispose();
    }
}
