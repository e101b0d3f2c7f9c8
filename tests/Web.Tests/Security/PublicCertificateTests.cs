using System.Net;
using System.Net.Security;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.Extensions.DependencyInjection;
using Participation.Cms.Security.PublicCertificate;
using Participation.Web.Tests.Infrastructure;

namespace Participation.Web.Tests.Security;

/// <summary>
/// ASVS 12.2.2: the site looks at what its public address presents, as a browser would, and logs what a browser would
/// refuse, and a certificate close to its end. A test CA stands in for the public roots (<see cref="PublicRoots"/>).
/// </summary>
public sealed class PublicCertificateTests : IDisposable
{
    private readonly X509Certificate2 authority = Authority();

    [Fact]
    public async Task ACertificateFromAPublicRootForTheHostPassesWithNothingLogged()
    {
        await using var server = await TlsServer.StartAsync(Issue("localhost", days: 90));
        await using var site = Site(server.Port);

        var report = await FirstReportAsync(site);

        Assert.Empty(report.Problems);
        Assert.False(report.Unreachable);
        Assert.InRange(report.NotAfter!.Value, DateTime.UtcNow.AddDays(89), DateTime.UtcNow.AddDays(91));
        Assert.DoesNotContain(site.Errors.Entries.Concat(site.Errors.Warnings), e => e.Contains("public address", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("self-signed", "not trusted by the public roots")]
    [InlineData("another name", "not issued for localhost")]
    [InlineData("ended", "ended on")]
    public async Task WhatABrowserWouldRefuseIsLoggedAsAnError(string fault, string expected)
    {
        using var certificate = fault switch
        {
            "self-signed" => SelfSigned("localhost"),
            "another name" => Issue("osallistuminen.example.fi", days: 90),
            _ => Issue("localhost", days: -1),
        };
        await using var server = await TlsServer.StartAsync(certificate);
        await using var site = Site(server.Port);

        var report = await FirstReportAsync(site);

        Assert.Contains(report.Problems, p => p.Contains(expected, StringComparison.Ordinal));
        var error = Assert.Single(site.Errors.Entries, e => e.Contains("is not one a browser accepts", StringComparison.Ordinal));
        Assert.Contains(expected, error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ACertificateEndingWithinTwoWeeksIsAWarningInTimeForTheRenewal()
    {
        await using var server = await TlsServer.StartAsync(Issue("localhost", days: 5));
        await using var site = Site(server.Port);

        var report = await FirstReportAsync(site);

        Assert.Contains(report.Problems, p => p.StartsWith("ends in 4 days", StringComparison.Ordinal) || p.StartsWith("ends in 5 days", StringComparison.Ordinal));
        Assert.Contains(site.Errors.Warnings, w => w.Contains("check that its renewal runs", StringComparison.Ordinal));
        Assert.DoesNotContain(site.Errors.Entries, e => e.Contains("public address", StringComparison.Ordinal));
    }

    public void Dispose() => authority.Dispose();

    private SiteFactory Site(int port) => new()
    {
        Settings = new Dictionary<string, string>
        {
            ["Cms:Site:PublicBaseUrl"] = $"https://localhost:{port}/",
            ["Cms:Transport:PublicCertificate:Check"] = "true",
        },
        ReplaceServices = services => services.AddSingleton(new PublicRoots { Instead = [X509CertificateLoader.LoadCertificate(authority.RawData)] }),
    };

    private static async Task<PublicCertificateReport> FirstReportAsync(SiteFactory site) =>
        await site.Services.GetRequiredService<PublicCertificateStatus>().First.WaitAsync(TimeSpan.FromSeconds(30));

    private static X509Certificate2 Authority()
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=Testijuuri", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, false, 0, true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyCertSign, true));
        return request.CreateSelfSigned(DateTimeOffset.UtcNow.AddYears(-1), DateTimeOffset.UtcNow.AddYears(1));
    }

    private X509Certificate2 Issue(string host, int days)
    {
        using var key = RSA.Create(2048);
        var request = Request(host, key);
        var notAfter = DateTimeOffset.UtcNow.AddDays(days);
        using var issued = request.Create(authority, notAfter.AddDays(-100), notAfter, RandomNumberGenerator.GetBytes(12));
        return issued.CopyWithPrivateKey(key);
    }

    private static X509Certificate2 SelfSigned(string host)
    {
        using var key = RSA.Create(2048);
        return Request(host, key).CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(90));
    }

    private static CertificateRequest Request(string host, RSA key)
    {
        var request = new CertificateRequest($"CN={host}", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddDnsName(host);
        request.CertificateExtensions.Add(names.Build());
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.1")], false)); // server authentication
        return request;
    }

    /// <summary>A TLS endpoint on a loopback port presenting one certificate: what the operator's proxy would be.</summary>
    private sealed class TlsServer : IAsyncDisposable
    {
        private readonly TcpListener listener = new(IPAddress.Loopback, 0);
        private readonly CancellationTokenSource stop = new();
        private Task accepting = Task.CompletedTask;

        public int Port => ((IPEndPoint)listener.LocalEndpoint).Port;

        public static Task<TlsServer> StartAsync(X509Certificate2 certificate)
        {
            var server = new TlsServer();
            server.listener.Start();
            server.accepting = server.AcceptAsync(certificate);
            return Task.FromResult(server);
        }

        private async Task AcceptAsync(X509Certificate2 certificate)
        {
            while (!stop.IsCancellationRequested)
            {
                try
                {
                    using var client = await listener.AcceptTcpClientAsync(stop.Token);
                    await using var tls = new SslStream(client.GetStream());
                    await tls.AuthenticateAsServerAsync(new SslServerAuthenticationOptions { ServerCertificate = certificate }, stop.Token);
                }
                catch (Exception e) when (e is IOException or System.Security.Authentication.AuthenticationException or SocketException)
                {
                    // a client that gave up; the next one is served
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }

        public async ValueTask DisposeAsync()
        {
            await stop.CancelAsync();
            listener.Stop();
            await accepting;
            stop.Dispose();
        }
    }
}
