using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Logging;

namespace Participation.Cms.Logging;

/// <summary>
/// Where the site sends a copy of its log: a syslog receiver (rsyslog, syslog-ng, a SIEM's collector) on another host,
/// over TLS (RFC 5425), so what happened stays readable even when this host is lost or tampered with (ASVS 16.4.3).
/// </summary>
public sealed class LogShippingOptions
{
    public const string Section = "Cms:LogShipping";

    /// <summary>The receiver as <c>host:port</c>; empty (the default) ships nothing.</summary>
    public string? Address { get; set; }

    /// <summary>TLS to the receiver. Plain TCP is accepted only for a collector on this machine (a loopback address).</summary>
    public bool Tls { get; set; } = true;

    /// <summary>
    /// A PEM file with the certificate (or private CA) the receiver's certificate must chain to, for a log host with a
    /// certificate of the organisation's own; the system's trusted roots when empty. The host name is checked either way.
    /// </summary>
    public string? TrustedCertificateFile { get; set; }

    /// <summary>
    /// A PEM certificate (with <see cref="ClientKeyFile"/>) by which the log host knows this site, so that only the
    /// site can write to it (rsyslog's <c>x509/certvalid</c> or <c>x509/name</c>; ASVS 13.2.1). Read at each connection.
    /// </summary>
    public string? ClientCertificateFile { get; set; }

    public string? ClientKeyFile { get; set; }

    /// <summary>The name the receiver's certificate must carry; the host part of <see cref="Address"/> when empty.</summary>
    public string? ServerName { get; set; }

    public LogLevel MinimumLevel { get; set; } = LogLevel.Information;

    /// <summary>APP-NAME in each message, to tell this site from others on one log host.</summary>
    [RegularExpression("^[!-~]{1,48}$", ErrorMessage = "Cms:LogShipping:AppName must be 1-48 printable ASCII characters without spaces.")]
    public string AppName { get; set; } = "participation-site";

    /// <summary>Messages kept while the receiver is unreachable; past it the oldest are dropped and the drop is reported.</summary>
    [Range(100, 1_000_000)]
    public int QueueLimit { get; set; } = 10_000;
}
