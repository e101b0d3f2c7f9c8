namespace Participation.Extensions.Forms.Workflows.Webhooks;

/// <summary>Bound from <c>Forms:Webhooks</c>.</summary>
public sealed class WebhookOptions
{
    /// <summary>Signs every post (HMAC-SHA256); unset, <c>postToUrl</c> workflows fail rather than post what a receiver cannot check.</summary>
    public string? Secret { get; set; }
}
