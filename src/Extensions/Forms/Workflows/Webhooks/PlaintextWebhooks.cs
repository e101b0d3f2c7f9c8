using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Participation.Cms.Security.Transport;

namespace Participation.Extensions.Forms.Workflows.Webhooks;

/// <summary>
/// In Production a webhook goes over https:// only (ASVS 12.3.1): an entry's personal data would otherwise cross the
/// network in clear. Checked when a form is saved and again before each post, like the host allowlist, since a form
/// may have been stored before; <c>Cms:Transport:AllowPlaintext:Webhooks</c> lets an operator accept the risk.
/// </summary>
public sealed class PlaintextWebhooks(IHostEnvironment environment, IOptionsMonitor<TransportOptions> transport)
{
    public bool Refuses(Uri url) =>
        url.Scheme == Uri.UriSchemeHttp && environment.IsProduction() && !transport.CurrentValue.AllowPlaintext.Webhooks;
}
