namespace Participation.Cms.Security;

/// <summary>
/// Bound from <c>Cms:Limits</c>: every size and rate limit the site puts on requests, in one place, so an operator
/// reads and tunes them together. Kestrel, form reading and the limiters take their values from here. (Public form
/// posts have their own per-client rate, <c>Forms:PostsPerMinute</c>, and uploads their own sizes: <c>Forms:MaxUploadKb</c>
/// and <c>Cms:Media:MaxUploadBytes</c>, checked with a message next to the field.)
/// </summary>
public sealed class LimitsOptions
{
    /// <summary>Largest request body; above it Kestrel answers 413. Room for a form with a few attached files.</summary>
    public long MaxRequestBodyBytes { get; set; } = 30 * 1024 * 1024;

    /// <summary>Request line (method, path and query string); above it Kestrel answers 414.</summary>
    public int MaxRequestLineBytes { get; set; } = 8 * 1024;

    /// <summary>All request headers together; above it Kestrel answers 431.</summary>
    public int MaxRequestHeadersBytes { get; set; } = 32 * 1024;

    public int MaxRequestHeaderCount { get; set; } = 100;

    /// <summary>Time a client has to send its headers: a slow client cannot hold a connection open for ever.</summary>
    public TimeSpan RequestHeadersTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Fields in one posted form (a long form has a hundred); more answers 400.</summary>
    public int MaxFormFields { get; set; } = 1024;

    /// <summary>Longest single form value (a long rich-text body fits many times over).</summary>
    public int MaxFormValueBytes { get; set; } = 4 * 1024 * 1024;

    /// <summary>Wrong passwords one client (an IPv4 address or an IPv6 /64) may give per <see cref="SignInWindow"/>, whatever the names.</summary>
    public int SignInFailuresPerClient { get; set; } = 20;

    /// <summary>Wrong passwords one client may give for one typed name per <see cref="SignInWindow"/>.</summary>
    public int SignInFailuresPerName { get; set; } = 5;

    public TimeSpan SignInWindow { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>Media requests per client per minute, cached or not: a page with many images is a few dozen, and browsers keep them a year.</summary>
    public int MediaRequestsPerClientPerMinute { get; set; } = 1000;

    /// <summary>New image sizes (each a decode) one client may cause per minute; sizes already made do not count.</summary>
    public int MediaVariantsPerClientPerMinute { get; set; } = 30;

    /// <summary>
    /// Public reads (pages, search, suggestions, the directory and the Delivery and Forms APIs; not media or static files)
    /// per client per minute: a resident reads a few pages a minute, an office behind one address a few hundred.
    /// </summary>
    public int PublicReadsPerClientPerMinute { get; set; } = 1200;
}
