using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Options;

namespace Participation.Extensions.Forms.Workflows.Webhooks;

/// <summary>
/// Opens the webhook client's connections, refusing internal addresses (<see cref="InternalAddresses"/>) unless the
/// host is in <see cref="WebhookOptions.AllowedInternalHosts"/>. The check is on the address actually connected to,
/// after this connection's own DNS lookup, so a name that resolves to a public address when the URL is saved and to
/// an internal one later (DNS rebinding) is still refused.
/// </summary>
internal sealed class WebhookConnections(IOptionsMonitor<WebhookOptions> options)
{
    public async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, CancellationToken cancellationToken)
    {
        var host = context.DnsEndPoint.Host.Trim('[', ']');
        var resolved = IPAddress.TryParse(host, out var literal) ? [literal] : await Dns.GetHostAddressesAsync(host, cancellationToken);
        var allowed = options.CurrentValue.AllowedInternalHosts.Any(h => string.Equals(h.Trim('[', ']'), host, StringComparison.OrdinalIgnoreCase))
            ? resolved
            : resolved.Where(a => !InternalAddresses.Contains(a)).ToArray();
        if (allowed.Length == 0)
        {
            throw new WorkflowFailure($"The webhook host {host} is an internal address; list it in Forms:Webhooks:AllowedInternalHosts to allow it.");
        }

        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(allowed, context.DnsEndPoint.Port, cancellationToken);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }
}
