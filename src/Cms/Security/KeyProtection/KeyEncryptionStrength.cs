using System.Security.Cryptography.X509Certificates;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Participation.Cms.Security.KeyProtection;

/// <summary>
/// At start: a key-encryption certificate with an RSA key under 3072 bits (about 112-bit security, below the 128 ASVS
/// 11.2.3 asks for) stops the site in Production, where a weak key would otherwise go unnoticed for years, and is a
/// warning elsewhere. Previous certificates are not checked: they only read old keys until those expire.
/// </summary>
internal sealed class KeyEncryptionStrength(KeyEncryptionCertificates certificates, IHostEnvironment environment, ILogger<KeyEncryptionStrength> logger)
    : IValidateOptions<KeyProtectionOptions>
{
    public const int MinimumRsaBits = 3072;

    public ValidateOptionsResult Validate(string? name, KeyProtectionOptions options)
    {
        using var rsa = certificates.Current.GetRSAPublicKey();
        var bits = rsa?.KeySize ?? 0;
        if (bits >= MinimumRsaBits)
        {
            return ValidateOptionsResult.Success;
        }

        var message = $"The data-protection certificate {KeyEncryptionCertificates.Thumbprint(certificates.Current)} has an RSA key of {bits} bits; "
            + $"at least {MinimumRsaBits} are needed. Make a new RSA {MinimumRsaBits} .pfx for Cms:DataProtection:CertificatePath and list this one "
            + "under Cms:DataProtection:PreviousCertificates, so the keys it wrapped stay readable.";
        if (environment.IsProduction())
        {
            return ValidateOptionsResult.Fail(message);
        }

        logger.LogWarning("{Message}", message);
        return ValidateOptionsResult.Success;
    }
}
