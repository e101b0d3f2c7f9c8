using System.Net.Security;
using System.Net.Sockets;
using System.Security.Cryptography.X509Certificates;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Participation.Cms.Security.Transport;
using Participation.Cms.Site;

namespace Participation.Cms.Security.PublicCertificate;

/// <summary>
/// ASVS 12.2.2: the certificate at the site's public address is the operator's (their proxy and ACME client), so the
/// site cannot choose it, but it can look. At start and every <see cref="PublicCertificateOptions.Interval"/> it
/// connects to <c>Cms:Site:PublicBaseUrl</c> as a browser would and logs an error when the certificate does not chain
/// to a public root, does not carry the host name or has ended, and a warning when it ends within
/// <see cref="PublicCertificateOptions.WarnDaysBeforeExpiry"/> days: an ACME renewal that stopped shows in the log
/// (and the log host) two weeks before visitors meet a warning page.
/// </summary>
internal sealed partial class PublicCertificateCheck(
    IOptions<PublicCertificateOptions> options,
    SiteOptions site,
    PublicRoots roots,
    PublicCertificateStatus status,
    IHostEnvironment environment,
    TimeProvider clock,
    ILogger<PublicCertificateCheck> logger) : BackgroundService
{
    private static readonly TimeSpan ConnectTimeout = TimeSpan.FromSeconds(10);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var address = site.PublicBaseUrl;
        var enabled = options.Value.Check
            ?? (environment.IsProduction() && address.Scheme == Uri.UriSchemeHttps && !LoopbackHosts.Contains(address.Host));
        if (!enabled)
        {
            return;
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            status.Report(await CheckAsync(address, stoppingToken));
            await Task.Delay(options.Value.Interval, clock, stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
        }
    }

    private async Task<PublicCertificateReport> CheckAsync(Uri address, CancellationToken cancellationToken)
    {
        X509Certificate2? presented = null;
        var nameMatches = false;
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(ConnectTimeout);
            using var tcp = new TcpClient();
            await tcp.ConnectAsync(address.Host, address.Port, timeout.Token);
            await using var tls = new SslStream(tcp.GetStream());
            await tls.AuthenticateAsClientAsync(
                new SslClientAuthenticationOptions
                {
                    TargetHost = address.IdnHost,
                    RemoteCertificateValidationCallback = (_, certificate, _, errors) =>
                    {
                        // Judged below against the public roots; here only kept, so a bad certificate is reported, not thrown.
                        presented = certificate is null ? null : X509CertificateLoader.LoadCertificate(certificate.GetRawCertData());
                        nameMatches = (errors & SslPolicyErrors.RemoteCertificateNameMismatch) == 0;
                        return true;
                    },
                },
                timeout.Token);
        }
        catch (Exception e) when (e is SocketException or IOException or OperationCanceledException or System.Security.Authentication.AuthenticationException && !cancellationToken.IsCancellationRequested)
        {
            LogUnreachable(logger, address.Authority, e.Message);
            return new PublicCertificateReport(address.Authority, null, [$"not reachable from this host: {e.Message}"], Unreachable: true);
        }

        if (presented is null)
        {
            LogProblems(logger, address.Authority, "no certificate was presented");
            return new PublicCertificateReport(address.Authority, null, ["no certificate was presented"], Unreachable: false);
        }

        using (presented)
        {
            var problems = new List<string>();
            using var chain = new X509Chain { ChainPolicy = roots.Policy() };
            if (!chain.Build(presented))
            {
                var faults = chain.ChainStatus.Select(s => s.Status).Where(s => s != X509ChainStatusFlags.NoError).Distinct();
                problems.Add("not trusted by the public roots (" + string.Join(", ", faults) + ")");
            }

            if (!nameMatches)
            {
                problems.Add($"not issued for {address.IdnHost}");
            }

            var left = presented.NotAfter.ToUniversalTime() - clock.GetUtcNow().UtcDateTime;
            if (left <= TimeSpan.Zero)
            {
                problems.Add($"ended on {presented.NotAfter.ToUniversalTime():yyyy-MM-dd}");
            }

            if (problems.Count > 0)
            {
                LogProblems(logger, address.Authority, string.Join("; ", problems));
            }
            else if (left < TimeSpan.FromDays(options.Value.WarnDaysBeforeExpiry))
            {
                problems.Add($"ends in {(int)left.TotalDays} days, on {presented.NotAfter.ToUniversalTime():yyyy-MM-dd}");
                LogEndsSoon(logger, address.Authority, (int)left.TotalDays, presented.NotAfter.ToUniversalTime());
            }
            else
            {
                LogTrusted(logger, address.Authority, presented.Issuer, presented.NotAfter.ToUniversalTime());
            }

            return new PublicCertificateReport(address.Authority, presented.NotAfter.ToUniversalTime(), problems, Unreachable: false);
        }
    }

    [LoggerMessage(EventId = 1301, Level = LogLevel.Error, Message = "The certificate at the public address {Address} is not one a browser accepts: {Problems}")]
    private static partial void LogProblems(ILogger logger, string address, string problems);

    [LoggerMessage(EventId = 1302, Level = LogLevel.Warning, Message = "The certificate at the public address {Address} ends in {Days} days ({NotAfter:u}): check that its renewal runs")]
    private static partial void LogEndsSoon(ILogger logger, string address, int days, DateTime notAfter);

    [LoggerMessage(EventId = 1303, Level = LogLevel.Warning, Message = "The public address {Address} could not be reached from this host to check its certificate: {Reason}")]
    private static partial void LogUnreachable(ILogger logger, string address, string reason);

    [LoggerMessage(EventId = 1304, Level = LogLevel.Information, Message = "The certificate at the public address {Address} is trusted (issued by {Issuer}, ends {NotAfter:u})")]
    private static partial void LogTrusted(ILogger logger, string address, string issuer, DateTime notAfter);
}
