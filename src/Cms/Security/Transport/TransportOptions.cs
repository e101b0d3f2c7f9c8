namespace Participation.Cms.Security.Transport;

/// <summary>
/// Bound from <c>Cms:Transport</c>. In Production the site refuses to start on a connection that could travel in clear
/// text (ASVS 12.2.1, 12.3.1-12.3.3); each switch here lets an operator who accepts that risk start anyway, with a
/// warning at every start.
/// </summary>
public sealed class TransportOptions
{
    public PlaintextAllowance AllowPlaintext { get; set; } = new();

    public sealed class PlaintextAllowance
    {
        /// <summary>PostgreSQL on another host without <c>SSL Mode=VerifyFull</c> or <c>VerifyCA</c>.</summary>
        public bool Database { get; set; }

        /// <summary>SMTP to another host that may fall back to clear text (<c>None</c>, <c>Auto</c>, <c>StartTlsWhenAvailable</c>).</summary>
        public bool Smtp { get; set; }

        /// <summary>Webhooks to <c>http://</c> addresses.</summary>
        public bool Webhooks { get; set; }

        /// <summary>Plain HTTP on a non-loopback address with neither an HTTPS endpoint nor a named proxy that ends TLS.</summary>
        public bool Http { get; set; }

        public bool Allows(string hop) => hop switch
        {
            nameof(Database) => Database,
            nameof(Smtp) => Smtp,
            nameof(Webhooks) => Webhooks,
            nameof(Http) => Http,
            _ => false,
        };
    }
}
