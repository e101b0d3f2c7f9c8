using System.Net.Security;
using System.Security.Cryptography.X509Certificates;

namespace Participation.Cms.Security.Transport;

/// <summary>
/// The organisation's own CA (or a server's own certificate) that a backend's certificate must chain to, for an
/// internal relay or log host whose certificate no public root signs. The host name is still checked.
/// </summary>
public static class PrivateRoots
{
    /// <summary>The certificates of a PEM file, or an error naming <paramref name="setting"/> when it is missing.</summary>
    public static X509Certificate2Collection Load(string setting, string file)
    {
        if (!File.Exists(file))
        {
            throw new InvalidOperationException($"{setting} '{file}' does not exist.");
        }

        X509Certificate2Collection roots = [];
        roots.ImportFromPemFile(file);
        return roots;
    }

    /// <summary>
    /// For a validation callback: accepted when the system's roots already accept it, or when the only fault is a chain
    /// that ends at one of <paramref name="roots"/> instead. A wrong name or a missing certificate is never accepted.
    /// </summary>
    public static bool Accept(X509Certificate? certificate, SslPolicyErrors errors, X509Certificate2Collection? roots)
    {
        if (errors == SslPolicyErrors.None)
        {
            return true;
        }

        if (certificate is null || roots is null || errors != SslPolicyErrors.RemoteCertificateChainErrors)
        {
            return false;
        }

        using var chain = new X509Chain();
        chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        chain.ChainPolicy.CustomTrustStore.AddRange(roots);
        if (certificate is X509Certificate2 presented)
        {
            return chain.Build(presented);
        }

        using var copy = X509CertificateLoader.LoadCertificate(certificate.GetRawCertData());
        return chain.Build(copy);
    }
}
