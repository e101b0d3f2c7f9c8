using System.IO.Pipelines;
using System.Net;
using System.Net.Security;
using System.Net.Sockets;
using System.Security.Authentication;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using SmtpServer;
using SmtpServer.IO;
using SmtpServer.Mail;
using SmtpServer.Net;
using SmtpServer.Storage;

namespace Participation.Web.Tests.Forms;

/// <summary>
/// What makes <see cref="TestSmtpServer"/> a relay that knows its clients by certificate, as Postfix does with
/// <c>smtpd_tls_req_ccert</c> and <c>permit_tls_clientcerts</c>: STARTTLS asks for a client certificate issued by the
/// relay's CA, and a sender is accepted only in a session that presented one. Everything is real TLS and SMTP; the
/// package's own listener cannot ask for a client certificate, so the TLS step is this class's.
/// </summary>
public sealed class CertificateRelay : IDisposable
{
    public const string ClientSubjectKey = "CertificateRelay:ClientSubject";

    private readonly string folder = Path.Combine(Path.GetTempPath(), "participation-web-tests", "relay-" + Guid.NewGuid().ToString("N"));
    private readonly X509Certificate2 authority;

    public CertificateRelay()
    {
        Directory.CreateDirectory(folder);
        authority = NewAuthority("CN=Testikunnan sisäinen CA");
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=relay.testikunta.internal", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddIpAddress(IPAddress.Loopback);
        request.CertificateExtensions.Add(names.Build());
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.1")], false)); // server authentication
        using var issued = request.Create(authority, DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddDays(1), RandomNumberGenerator.GetBytes(12));
        ServerCertificate = issued.CopyWithPrivateKey(key);
        AuthorityFile = Path.Combine(folder, "ca.crt");
        File.WriteAllText(AuthorityFile, authority.ExportCertificatePem());
    }

    /// <summary>The relay's CA as PEM: what the site trusts for the relay, and what issues the clients' certificates.</summary>
    public string AuthorityFile { get; }

    public X509Certificate2 ServerCertificate { get; }

    /// <summary>A client certificate for <paramref name="subject"/> from the relay's CA (or from a CA of its own when <paramref name="foreign"/>), as PEM files.</summary>
    public (string Certificate, string Key) IssueClient(string subject, bool foreign = false)
    {
        using var otherAuthority = foreign ? NewAuthority("CN=Jokin muu CA") : null;
        using var key = RSA.Create(2048);
        var request = new CertificateRequest(subject, key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, true));
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.2")], false)); // client authentication
        using var issued = request.Create(otherAuthority ?? authority, DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddHours(1), RandomNumberGenerator.GetBytes(12));
        var name = Guid.NewGuid().ToString("N");
        var certificateFile = Path.Combine(folder, name + ".crt");
        var keyFile = Path.Combine(folder, name + ".key");
        File.WriteAllText(certificateFile, issued.ExportCertificatePem());
        File.WriteAllText(keyFile, key.ExportPkcs8PrivateKeyPem());
        return (certificateFile, keyFile);
    }

    /// <summary>The site's settings that send through this relay with <paramref name="client"/> and no user name or password.</summary>
    public Dictionary<string, string> SiteSettings(int port, (string Certificate, string Key)? client)
    {
        var settings = TestSmtpServer.SiteSettings(port);
        settings["Forms:Mail:Smtp:Security"] = "StartTls";
        settings["Forms:Mail:Smtp:TrustedCertificateFile"] = AuthorityFile;
        if (client is { } pair)
        {
            settings["Forms:Mail:Smtp:ClientCertificateFile"] = pair.Certificate;
            settings["Forms:Mail:Smtp:ClientKeyFile"] = pair.Key;
        }

        return settings;
    }

    internal IEndpointListenerFactory Listeners() => new ListenerFactory(this);

    internal IMailboxFilter Senders() => new CertificateSenders();

    public void Dispose()
    {
        authority.Dispose();
        ServerCertificate.Dispose();
        Directory.Delete(folder, recursive: true);
    }

    private static X509Certificate2 NewAuthority(string subject)
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest(subject, key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, false, 0, true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyCertSign | X509KeyUsageFlags.CrlSign, true));
        return request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(2));
    }

    /// <summary>Checked in the TLS handshake: a certificate for client authentication that chains to the relay's CA.</summary>
    private bool IsClient(X509Certificate? certificate)
    {
        if (certificate is not X509Certificate2 presented)
        {
            return false;
        }

        using var chain = new X509Chain();
        chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        chain.ChainPolicy.CustomTrustStore.Add(authority);
        chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        chain.ChainPolicy.ApplicationPolicy.Add(new Oid("1.3.6.1.5.5.7.3.2"));
        return chain.Build(presented);
    }

    private sealed class ListenerFactory(CertificateRelay relay) : IEndpointListenerFactory
    {
        public IEndpointListener CreateListener(IEndpointDefinition endpointDefinition)
        {
            var listener = new TcpListener(endpointDefinition.Endpoint);
            listener.Start();
            return new Listener(relay, listener);
        }
    }

    private sealed class Listener(CertificateRelay relay, TcpListener listener) : IEndpointListener
    {
        public async Task<ISecurableDuplexPipe> GetPipeAsync(ISessionContext context, CancellationToken cancellationToken)
        {
            var client = await listener.AcceptTcpClientAsync(cancellationToken);
            return new Pipe(relay, context, client);
        }

        public void Dispose() => listener.Stop();
    }

    private sealed class Pipe(CertificateRelay relay, ISessionContext context, TcpClient client) : ISecurableDuplexPipe
    {
        private Stream stream = client.GetStream();

        public PipeReader Input { get; private set; } = PipeReader.Create(client.GetStream());

        public PipeWriter Output { get; private set; } = PipeWriter.Create(client.GetStream());

        public bool IsSecure => stream is SslStream;

        public SslProtocols SslProtocol => (stream as SslStream)?.SslProtocol ?? SslProtocols.None;

        public async Task UpgradeAsync(X509Certificate certificate, SslProtocols protocols, CancellationToken cancellationToken = default)
        {
            var tls = new SslStream(stream, leaveInnerStreamOpen: true);
            await tls.AuthenticateAsServerAsync(
                new SslServerAuthenticationOptions
                {
                    ServerCertificate = certificate,
                    EnabledSslProtocols = protocols,
                    ClientCertificateRequired = true,
                    RemoteCertificateValidationCallback = (_, presented, _, _) => relay.IsClient(presented),
                },
                cancellationToken);
            context.Properties[ClientSubjectKey] = tls.RemoteCertificate!.Subject;
            stream = tls;
            Input = PipeReader.Create(tls);
            Output = PipeWriter.Create(tls);
        }

        public void Dispose()
        {
            stream.Dispose();
            client.Dispose();
        }
    }

    /// <summary>A sender only from a session that presented a client certificate: no certificate, no relaying.</summary>
    private sealed class CertificateSenders : IMailboxFilter
    {
        public Task<bool> CanAcceptFromAsync(ISessionContext context, IMailbox from, int size, CancellationToken cancellationToken) =>
            Task.FromResult(context.Properties.ContainsKey(ClientSubjectKey));

        public Task<bool> CanDeliverToAsync(ISessionContext context, IMailbox to, IMailbox from, CancellationToken cancellationToken) => Task.FromResult(true);
    }
}
