using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace Participation.Cms.Security.Transport;

/// <summary>
/// The site must not serve plain HTTP beyond this machine (ASVS 12.2.1, 12.3.3): a plain-HTTP endpoint on anything but
/// loopback needs an HTTPS endpoint beside it. A named reverse proxy (<c>Cms:ForwardedHeaders</c>) ends the client's TLS,
/// but its own hop to the site must then stay on this machine (the site listening on 127.0.0.1) or be HTTPS too.
/// Reads the same settings Kestrel binds from: <c>urls</c> (<c>--urls</c>, <c>ASPNETCORE_URLS</c>),
/// <c>http_ports</c>/<c>https_ports</c> and <c>Kestrel:Endpoints</c>; none of them means Kestrel's
/// <c>http://localhost:5000</c>.
/// </summary>
internal sealed class HttpTransportCheck(IConfiguration configuration, IOptions<TrustedProxyOptions> proxies) : ITransportCheck
{
    public IEnumerable<PlaintextHop> Find()
    {
        var urls = Endpoints().ToList();
        var exposed = urls.Where(u => u.StartsWith("http://", StringComparison.OrdinalIgnoreCase) && !LoopbackHosts.Contains(Host(u))).ToList();
        var https = urls.Any(u => u.StartsWith("https://", StringComparison.OrdinalIgnoreCase));
        if (exposed.Count > 0 && !https)
        {
            yield return new PlaintextHop(
                "Http",
                proxies.Value.Any
                    ? $"The site serves plain HTTP on {string.Join(", ", exposed)}, so the named proxy's hop to it crosses the network unencrypted: "
                      + "run the proxy on this host and listen on 127.0.0.1 only, or give Kestrel an https:// endpoint and point the proxy at it."
                    : $"The site serves plain HTTP on {string.Join(", ", exposed)} with no HTTPS endpoint and no trusted proxy: "
                      + "name the reverse proxy that ends TLS in Cms:ForwardedHeaders:KnownProxies (or KnownNetworks) and listen on 127.0.0.1 only, or give Kestrel an https:// endpoint.");
        }
    }

    private IEnumerable<string> Endpoints()
    {
        var any = false;
        foreach (var url in List(configuration["urls"]))
        {
            any = true;
            yield return url;
        }

        foreach (var (key, scheme) in new[] { ("http_ports", "http"), ("https_ports", "https") })
        {
            foreach (var port in List(configuration[key]))
            {
                any = true;
                yield return $"{scheme}://*:{port}";
            }
        }

        foreach (var endpoint in configuration.GetSection("Kestrel:Endpoints").GetChildren())
        {
            if (endpoint["Url"] is { Length: > 0 } url)
            {
                any = true;
                yield return url;
            }
        }

        if (!any)
        {
            yield return "http://localhost:5000";
        }
    }

    private static IEnumerable<string> List(string? value) => (value ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    // "http://*:80", "http://+:80" and "http://[::]:80" do not parse as a Uri; "http://unix:/run/site.sock" is a socket.
    private static string Host(string url)
    {
        var rest = url[(url.IndexOf("://", StringComparison.Ordinal) + 3)..];
        if (rest.StartsWith("unix:", StringComparison.OrdinalIgnoreCase))
        {
            return rest[5..];
        }

        return rest.StartsWith('[') ? rest[..(rest.IndexOf(']', StringComparison.Ordinal) + 1)] : rest.Split(':', '/')[0];
    }
}
