using System.Net;
using System.Security.Cryptography.X509Certificates;

namespace Participation.Cms.Logging;

/// <summary>The receiver named by the options, checked once at start so a typo stops the site instead of the log.</summary>
internal sealed record LogShippingAddress(string Host, int Port, bool Tls, string ServerName, X509Certificate2Collection? TrustedCertificates)
{
    public static LogShippingAddress Parse(LogShippingOptions options)
    {
        var address = options.Address ?? "";
        var colon = address.LastIndexOf(':');
        if (colon <= 0 || !int.TryParse(address[(colon + 1)..], out var port) || port is < 1 or > 65535)
        {
            throw new InvalidOperationException($"Cms:LogShipping:Address '{address}' is not host:port, for example logs.example.fi:6514.");
        }

        var host = address[..colon].Trim('[', ']');
        if (!options.Tls && !(IPAddress.TryParse(host, out var ip) && IPAddress.IsLoopback(ip)) && host != "localhost")
        {
            throw new InvalidOperationException(
                $"Cms:LogShipping:Tls is off for {host}: plain TCP is allowed only to a collector on this machine (a loopback address). Turn TLS on for a log host elsewhere.");
        }

        X509Certificate2Collection? trusted = null;
        if (options.TrustedCertificateFile is { Length: > 0 } file)
        {
            if (!File.Exists(file))
            {
                throw new InvalidOperationException($"Cms:LogShipping:TrustedCertificateFile '{file}' does not exist.");
            }

            trusted = [];
            trusted.ImportFromPemFile(file);
        }

        return new LogShippingAddress(host, port, options.Tls, options.ServerName is { Length: > 0 } name ? name : host, trusted);
    }

    public override string ToString() => $"{Host}:{Port}";
}
