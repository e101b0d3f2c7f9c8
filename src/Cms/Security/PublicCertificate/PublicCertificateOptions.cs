namespace Participation.Cms.Security.PublicCertificate;

/// <summary>Bound from <c>Cms:Transport:PublicCertificate</c>: the check of what the site's public address presents (ASVS 12.2.2).</summary>
public sealed class PublicCertificateOptions
{
    public const string Section = "Cms:Transport:PublicCertificate";

    /// <summary>
    /// Unset: on in Production when <c>Cms:Site:PublicBaseUrl</c> is an https address beyond this machine, off elsewhere.
    /// </summary>
    public bool? Check { get; set; }

    public TimeSpan Interval { get; set; } = TimeSpan.FromHours(12);

    /// <summary>A certificate that ends within this many days is reported, in time for a renewal that stalled.</summary>
    public int WarnDaysBeforeExpiry { get; set; } = 14;
}
