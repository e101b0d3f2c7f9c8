using System.Buffers;
using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using MimeKit;
using SmtpServer;
using SmtpServer.Protocol;
using SmtpServer.Storage;

namespace Participation.Web.Tests.Forms;

/// <summary>A real SMTP server in this process (the SmtpServer package) on a loopback port, keeping every message it accepts.</summary>
public sealed class TestSmtpServer : IAsyncDisposable
{
    private readonly CancellationTokenSource stop = new();
    private readonly SmtpServer.SmtpServer server;
    private readonly Task running;
    private readonly RecordingStore store = new();

    private TestSmtpServer(int port, CertificateRelay? relay)
    {
        Port = port;
        var options = new SmtpServerOptionsBuilder().ServerName("localhost")
            .Endpoint(e =>
            {
                e.Endpoint(new IPEndPoint(IPAddress.Loopback, port)).IsSecure(false);
                if (relay is not null)
                {
                    e.Certificate(relay.ServerCertificate); // offers STARTTLS
                }
            })
            .Build();
        var services = new SmtpServer.ComponentModel.ServiceProvider();
        services.Add(store);
        if (relay is not null)
        {
            services.Add(relay.Listeners());
            services.Add(relay.Senders());
        }

        server = new SmtpServer.SmtpServer(options, services);
        running = server.StartAsync(stop.Token);
    }

    public int Port { get; }

    public IReadOnlyCollection<MimeMessage> Messages => store.Messages;

    /// <summary>For each accepted message, the subject of the client certificate its session presented (with a <see cref="CertificateRelay"/>).</summary>
    public IReadOnlyCollection<string?> ClientSubjects => store.ClientSubjects;

    /// <summary>The settings that send a site's workflow mail here (or, before <see cref="StartAsync"/>, to nothing listening on that port).</summary>
    public static Dictionary<string, string> SiteSettings(int port) => new()
    {
        ["Forms:Mail:Transport"] = "Smtp",
        ["Forms:Mail:Smtp:Host"] = "127.0.0.1",
        ["Forms:Mail:Smtp:Port"] = port.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Forms:Mail:Smtp:Security"] = "None",
    };

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>Starts listening on <paramref name="port"/> and returns once a client can connect; with <paramref name="relay"/>, only clients with its certificates may send.</summary>
    public static async Task<TestSmtpServer> StartAsync(int port, CertificateRelay? relay = null)
    {
        var smtp = new TestSmtpServer(port, relay);
        for (var i = 0; i < 100; i++)
        {
            try
            {
                using var probe = new TcpClient();
                await probe.ConnectAsync(IPAddress.Loopback, port);
                return smtp;
            }
            catch (SocketException)
            {
                await Task.Delay(50);
            }
        }

        throw new TimeoutException($"The SMTP server did not listen on {port}.");
    }

    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync();
        server.Shutdown();
        try
        {
            await running;
        }
        catch (OperationCanceledException)
        {
            // stopped
        }

        stop.Dispose();
    }

    private sealed class RecordingStore : MessageStore
    {
        public ConcurrentQueue<MimeMessage> Messages { get; } = new();

        public ConcurrentQueue<string?> ClientSubjects { get; } = new();

        public override async Task<SmtpResponse> SaveAsync(ISessionContext context, IMessageTransaction transaction, ReadOnlySequence<byte> buffer, CancellationToken cancellationToken)
        {
            using var stream = new MemoryStream(buffer.ToArray());
            ClientSubjects.Enqueue(context.Properties.TryGetValue(CertificateRelay.ClientSubjectKey, out var subject) ? subject as string : null);
            Messages.Enqueue(await MimeMessage.LoadAsync(stream, cancellationToken));
            return SmtpResponse.Ok;
        }
    }
}
