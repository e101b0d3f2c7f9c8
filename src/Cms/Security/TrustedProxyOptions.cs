namespace Participation.Cms.Security;

/// <summary>
/// Bound from <c>Cms:ForwardedHeaders</c>: the reverse proxies whose <c>X-Forwarded-For</c> and <c>X-Forwarded-Proto</c>
/// are believed. None by default, loopback included (ASP.NET Core would trust loopback): a header anyone can send must
/// not choose the address rate limits count by, nor make a plain request look like HTTPS.
/// </summary>
public sealed class TrustedProxyOptions
{
    /// <summary>Proxy addresses, e.g. <c>10.0.0.5</c>.</summary>
    public string[] KnownProxies { get; set; } = [];

    /// <summary>Proxy networks, e.g. <c>10.0.0.0/24</c>.</summary>
    public string[] KnownNetworks { get; set; } = [];

    /// <summary>How many proxies in a chain are read from the right; one for a single reverse proxy.</summary>
    public int ForwardLimit { get; set; } = 1;

    public bool Any => KnownProxies.Length > 0 || KnownNetworks.Length > 0;
}
