namespace Participation.Cms.Security.ApiTokens;

/// <summary>
/// Bound from <c>Cms:ApiTokens</c>. With an authority set, the Delivery and Forms APIs also take short-lived OAuth 2.0
/// access tokens (RFC 9068 JWTs, e.g. from the client credentials grant of the organisation's identity provider) in
/// <c>Authorization: Bearer</c>, so a front-end needs no static key shared with the site; the keys can then be unset.
/// </summary>
public sealed class ApiTokenOptions
{
    /// <summary>The token issuer: its metadata (<c>.well-known/openid-configuration</c>) names the signing keys. Unset: tokens are not read.</summary>
    public string? Authority { get; set; }

    /// <summary>The <c>aud</c> a token must name: the provider's resource (or API) identifier for this site.</summary>
    public string Audience { get; set; } = "participation-site";

    /// <summary>The scope that opens the Delivery API as <c>DeliveryApi:ApiKey</c> does (preview, and access when public access is off).</summary>
    public string DeliveryScope { get; set; } = "delivery_api";

    /// <summary>The scope that lets a server post Forms API entries without an antiforgery token, as <c>Forms:ApiKey</c> does.</summary>
    public string FormsScope { get; set; } = "forms_api";

    public bool RequireHttpsMetadata { get; set; } = true;

    public bool Enabled => !string.IsNullOrWhiteSpace(Authority);
}
