using System.Net;
using System.Security.Cryptography.X509Certificates;
using Participation.Cms.Security.Transport;

namespace Participation.Cms.Logging;

/// <summary>The receiver named by the options, checked once at start so a typo stops the site instead of the log.</summary>
internal sealed record LogShippingAddress(string Host, int Port, bool Tls, string ServerName, X509Certificate2Collection? TrustedCertificates, (string Certificate, string Key)? ClientCertificate)
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

        if (ClientCertificateFiles.Problems(LogShippingOptions.Section, options.ClientCertificateFile, options.ClientKeyFile).FirstOrDefault() is { } problem)
        {
            throw new InvalidOperationException(problem);
        }

        var trusted = options.TrustedCertificateFile is { Length: > 0 } file ? PrivateRoots.Load("Cms:LogShipping:TrustedCertificateFile", file) : null;

        if (options.ClientCertificateFile is { Length: > 0 } && !options.Tls)
        {
            throw new InvalidOperationException("Cms:LogShipping:ClientCertificateFile is set but Cms:LogShipping:Tls is off: a client certificate is only presented over TLS.");
        }

        var client = options.ClientCertificateFile is { Length: > 0 } certificate ? (certificate, options.ClientKeyFile!) : ((string, string)?)null;
        return new LogShippingAddress(host, port, options.Tls, options.ServerName is { Length: > 0 } name ? name : host, trusted, client);
    }

    public override string ToString() => $"{Host}:{Port}";
}
