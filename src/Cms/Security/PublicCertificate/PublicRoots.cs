using System.Security.Cryptography.X509Certificates;

namespace Participation.Cms.Security.PublicCertificate;

/// <summary>
/// The roots a public certificate must chain to: the system's, which browsers' roots largely match. A test puts its own
/// CA <see cref="Instead"/>, as no certificate it can make chains to a public root.
/// </summary>
internal sealed class PublicRoots
{
    public X509Certificate2Collection? Instead { get; init; }

    public X509ChainPolicy Policy()
    {
        // Revocation is not asked: OCSP and CRL fetches from the server are often blocked, and a failure would
        // hide the expiry and chain faults this check exists for.
        var policy = new X509ChainPolicy { RevocationMode = X509RevocationMode.NoCheck };
        if (Instead is { } roots)
        {
            policy.TrustMode = X509ChainTrustMode.CustomRootTrust;
            policy.CustomTrustStore.AddRange(roots);
        }

        return policy;
    }
}
