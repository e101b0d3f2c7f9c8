namespace Participation.Extensions.Forms.Workflows.Webhooks;

/// <summary>Bound from <c>Forms:Webhooks</c>.</summary>
public sealed class WebhookOptions
{
    /// <summary>Signs every post (HMAC-SHA256); unset, <c>postToUrl</c> workflows fail rather than post what a receiver cannot check.</summary>
    public string? Secret { get; set; }

    /// <summary>
    /// Host names (as written in a workflow's URL) that may resolve to loopback, private or link-local addresses, for a
    /// receiver on the organisation's own network. Every other webhook reaches public addresses only.
    /// </summary>
    public string[] AllowedInternalHosts { get; set; } = [];

    /// <summary>
    /// When not empty, the only hosts a webhook may post to (<see cref="WebhookHosts"/>): exact names or addresses and
    /// <c>*.example.fi</c> suffixes. Checked when a form is saved and again before each post. Empty: any public host.
    /// </summary>
    public string[] AllowedHosts { get; set; } = [];
}
