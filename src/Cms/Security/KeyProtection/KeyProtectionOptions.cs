namespace Participation.Cms.Security.KeyProtection;

/// <summary>
/// Bound from <c>Cms:DataProtection</c>: the certificate that encrypts the data-protection keys stored in the database
/// (they sign sign-in cookies, antiforgery tokens, preview and registration links), so a copy of the database alone
/// does not let anyone forge them.
/// </summary>
public sealed class KeyProtectionOptions
{
    /// <summary>A PKCS#12 (.pfx) file with an RSA private key (3072 bits or more). Every node of a cluster must use the same one.</summary>
    public string? CertificatePath { get; set; }

    public string? CertificatePassword { get; set; }

    /// <summary>
    /// Without <see cref="CertificatePath"/>: where a self-signed certificate is made on first start and kept (only
    /// the site's user may read it). Enough for one server; a cluster configures a shared certificate instead.
    /// </summary>
    public string CertificateFolder { get; set; } = "App_Data/keys";

    /// <summary>
    /// Certificates that were current before: they only decrypt the keys they wrapped, so the certificate can be
    /// replaced without losing the key ring. New keys are always wrapped with the current certificate.
    /// </summary>
    public List<PreviousCertificate> PreviousCertificates { get; set; } = [];
}
