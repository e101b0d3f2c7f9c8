using System.Globalization;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Options;
using Participation.Extensions.Forms.Entries;

namespace Participation.Extensions.Forms.Workflows.Webhooks;

/// <summary>
/// The <c>postToUrl</c> workflow: the entry as JSON, signed so the receiver knows it came from this site and is recent
/// (<c>X-Participation-Signature: sha256=hex(HMAC(secret, timestamp + "." + body))</c>). Anything but 2xx within 10 s is a
/// failure and is retried. The whole entry is sent, sensitive answers included: the URL is set by an editor, like an export.
/// </summary>
internal sealed class PostToUrlWorkflow(IHttpClientFactory clients, IOptionsMonitor<WebhookOptions> options, PlaintextWebhooks plaintext, TimeProvider clock)
{
    public const string ClientName = "forms-webhooks";

    public async Task<string?> RunAsync(WorkflowRun run, CancellationToken cancellationToken)
    {
        // The address is taken as the editor wrote it, without placeholders: a visitor's answer never chooses where a post goes.
        if (!Uri.TryCreate(run.Workflow.Setting("url"), UriKind.Absolute, out var url) || (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps))
        {
            throw new WorkflowFailure("The workflow's url is not an absolute http or https address.");
        }

        // Checked here as well as when the form is saved: the allowlist may have been narrowed since, and a form stored
        // before it still names its old receiver. The row fails and stays, like any other failure, until someone acts.
        if (!WebhookHosts.Allows(options.CurrentValue.AllowedHosts, url.IdnHost))
        {
            throw new WorkflowFailure($"The webhook host {url.IdnHost} is not in Forms:Webhooks:AllowedHosts.");
        }

        if (plaintext.Refuses(url))
        {
            throw new WorkflowFailure($"The webhook address {url.GetLeftPart(UriPartial.Authority)} is plain http://, which this site does not send entries over in Production (Cms:Transport:AllowPlaintext:Webhooks).");
        }

        var secret = options.CurrentValue.Secret is { Length: > 0 } s ? s : throw new WorkflowFailure("Forms:Webhooks:Secret is not set.");
        var body = JsonSerializer.Serialize(
            new
            {
                formId = run.Form.Id,
                formAlias = run.Form.Alias,
                entryId = run.Entry.Id,
                state = run.Entry.State.ToString().ToLowerInvariant(),
                created = run.Entry.CreatedUtc,
                culture = run.Entry.Culture,
                values = run.Values,
            },
            FormSubmissions.ValuesJson);
        var timestamp = clock.GetUtcNow().ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var signature = Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes(timestamp + "." + body)));

        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new StringContent(body, Encoding.UTF8, new MediaTypeHeaderValue("application/json")) };
        request.Headers.Add("X-Participation-Timestamp", timestamp);
        request.Headers.Add("X-Participation-Signature", "sha256=" + signature);
        using var response = await clients.CreateClient(ClientName).SendAsync(request, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            throw new WorkflowFailure($"The receiver answered {(int)response.StatusCode}.");
        }

        return null;
    }
}
