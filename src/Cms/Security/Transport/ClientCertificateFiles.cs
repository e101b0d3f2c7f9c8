using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Participation.Cms.Security.Transport;

/// <summary>
/// A certificate and its private key as PEM files, which the site presents to a backend (the mail relay, the log host)
/// instead of a password (ASVS 13.2.1). Read again for each new connection, as the database's are, so a short-lived
/// certificate renewed on disk by the operator's tooling is used without a restart.
/// </summary>
public static class ClientCertificateFiles
{
    public static X509Certificate2 Load(string certificateFile, string keyFile) => X509Certificate2.CreateFromPemFile(certificateFile, keyFile);

    /// <summary>What is wrong with the pair named by <paramref name="section"/> (both or neither, files that exist and hold a certificate with its key).</summary>
    public static IEnumerable<string> Problems(string section, string? certificateFile, string? keyFile)
    {
        var hasCertificate = !string.IsNullOrWhiteSpace(certificateFile);
        var hasKey = !string.IsNullOrWhiteSpace(keyFile);
        if (hasCertificate != hasKey)
        {
            yield return $"{section}:ClientCertificateFile and {section}:ClientKeyFile go together: set both (PEM files) or neither.";
            yield break;
        }

        if (!hasCertificate)
        {
            yield break;
        }

        string? problem = null;
        try
        {
            using var certificate = Load(certificateFile!, keyFile!);
            if (!certificate.HasPrivateKey)
            {
                problem = $"{section}:ClientKeyFile '{keyFile}' holds no private key for the certificate.";
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or CryptographicException or ArgumentException)
        {
            problem = $"{section}:ClientCertificateFile '{certificateFile}' and ClientKeyFile '{keyFile}' could not be read as a PEM certificate and its key: {e.Message}";
        }

        if (problem is not null)
        {
            yield return problem;
        }
    }
}
