using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Participation.Cms.Security.KeyProtection;

/// <summary>
/// The certificate that wraps new data-protection keys and the retired ones that still unwrap old keys, each found by
/// its SHA-256 thumbprint. All of them must hold an RSA private key: the wrap is RSA-OAEP.
/// </summary>
internal sealed class KeyEncryptionCertificates
{
    private KeyEncryptionCertificates(X509Certificate2 current, IReadOnlyList<X509Certificate2> previous)
    {
        Current = current;
        All = [current, .. previous];
    }

    public X509Certificate2 Current { get; }

    public IReadOnlyList<X509Certificate2> All { get; }

    public static KeyEncryptionCertificates Load(KeyProtectionOptions options, string contentRoot)
    {
        var current = Checked(KeyProtectionCertificate.Load(options, contentRoot), "Cms:DataProtection:CertificatePath");
        var previous = options.PreviousCertificates.Where(p => p.Path.Length > 0)
            .Select((p, i) => Checked(X509CertificateLoader.LoadPkcs12FromFile(Path.GetFullPath(p.Path, contentRoot), p.Password), $"Cms:DataProtection:PreviousCertificates:{i}"))
            .ToList();
        return new KeyEncryptionCertificates(current, previous);
    }

    public static string Thumbprint(X509Certificate2 certificate) => certificate.GetCertHashString(HashAlgorithmName.SHA256);

    public X509Certificate2? Find(string thumbprint) =>
        All.FirstOrDefault(c => string.Equals(Thumbprint(c), thumbprint, StringComparison.OrdinalIgnoreCase));

    private static X509Certificate2 Checked(X509Certificate2 certificate, string setting)
    {
        using var rsa = certificate.GetRSAPublicKey();
        if (rsa is null || !certificate.HasPrivateKey)
        {
            throw new InvalidOperationException(
                $"{setting}: the data-protection certificate {Thumbprint(certificate)} must hold an RSA key with its private key (keys are wrapped with RSA-OAEP).");
        }

        return certificate;
    }
}
