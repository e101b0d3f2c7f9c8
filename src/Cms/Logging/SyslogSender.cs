using System.Net.Security;
using System.Net.Sockets;
using System.Security.Authentication;
using System.Security.Cryptography.X509Certificates;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Participation.Cms.Security.Transport;

namespace Participation.Cms.Logging;

/// <summary>
/// Keeps one connection to the log host and writes the queue to it, reconnecting with backoff when it breaks. Its own
/// troubles go to standard error, not to the log: a log entry about the log host would only wait in the same queue.
/// Delivery is at most once: a message written just as the connection drops may be lost, as with any syslog sender.
/// </summary>
internal sealed class SyslogSender(SyslogQueue queue, IOptions<LogShippingOptions> options) : BackgroundService
{
    private static readonly TimeSpan FirstRetry = TimeSpan.FromMilliseconds(500);
    private static readonly TimeSpan LastRetry = TimeSpan.FromSeconds(30);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var target = LogShippingAddress.Parse(options.Value);
        var retry = FirstRetry;
        var reachable = true;
        byte[]? unsent = null;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                unsent ??= await queue.Reader.ReadAsync(stoppingToken);
                using var tcp = new TcpClient();
                await tcp.ConnectAsync(target.Host, target.Port, stoppingToken);
                await using var stream = await SecureAsync(tcp.GetStream(), target, stoppingToken);
                if (!reachable)
                {
                    await Console.Error.WriteLineAsync($"Log shipping: {target} answers again.");
                    reachable = true;
                }

                retry = FirstRetry;
                while (true)
                {
                    if (queue.TakeDropped() is > 0 and var dropped)
                    {
                        await Console.Error.WriteLineAsync($"Log shipping: {dropped} messages were dropped while {target} could not be reached (Cms:LogShipping:QueueLimit).");
                    }

                    await stream.WriteAsync(unsent, stoppingToken);
                    unsent = null;
                    while (queue.Reader.TryRead(out var next))
                    {
                        await stream.WriteAsync(next, stoppingToken);
                    }

                    await stream.FlushAsync(stoppingToken);
                    unsent = await queue.Reader.ReadAsync(stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e) when (e is SocketException or IOException or AuthenticationException)
            {
                if (reachable)
                {
                    await Console.Error.WriteLineAsync($"Log shipping: {target} cannot be reached ({e.Message}); messages wait in the queue.");
                    reachable = false;
                }

                await Task.Delay(retry, stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
                retry = TimeSpan.FromTicks(Math.Min(retry.Ticks * 2, LastRetry.Ticks));
            }
        }
    }

    private static async Task<Stream> SecureAsync(NetworkStream network, LogShippingAddress target, CancellationToken cancellationToken)
    {
        if (!target.Tls)
        {
            return network;
        }

        var tls = new SslStream(network, leaveInnerStreamOpen: false);
        var authentication = new SslClientAuthenticationOptions
        {
            TargetHost = target.ServerName,
            EnabledSslProtocols = SslProtocols.Tls12 | SslProtocols.Tls13,
        };
        if (target.TrustedCertificates is { } trusted)
        {
            // The receiver's chain must end at the configured certificate instead of the system's roots; the name is
            // still checked by SslStream.
            authentication.CertificateChainPolicy = new X509ChainPolicy { TrustMode = X509ChainTrustMode.CustomRootTrust, RevocationMode = X509RevocationMode.NoCheck };
            authentication.CertificateChainPolicy.CustomTrustStore.AddRange(trusted);
        }

        if (target.ClientCertificate is { } client)
        {
            // Sent whatever CAs the host names in its request; read now, so a renewed certificate is used from the next connection.
            authentication.ClientCertificateContext = SslStreamCertificateContext.Create(ClientCertificateFiles.Load(client.Certificate, client.Key), additionalCertificates: null, offline: true);
        }

        await tls.AuthenticateAsClientAsync(authentication, cancellationToken);
        return tls;
    }
}
