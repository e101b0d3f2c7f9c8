using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Participation.Cms.Persistence;

namespace Participation.Cms.Security.KeyProtection;

public static class KeyProtectionServiceCollectionExtensions
{
    /// <summary>
    /// The data-protection key ring, kept in the database with every key wrapped by <see cref="KeyWrap"/> under the
    /// configured certificate. Keys that <c>EncryptedXml</c> wrapped before (RSA PKCS#1 v1.5) are still read, with the
    /// current or a previous certificate, until they expire; none are written that way any more.
    /// </summary>
    public static WebApplicationBuilder AddKeyProtection(this WebApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection("Cms:DataProtection").Get<KeyProtectionOptions>() ?? new KeyProtectionOptions();
        var certificates = KeyEncryptionCertificates.Load(options, builder.Environment.ContentRootPath);
        builder.Services.AddSingleton(certificates);
        builder.Services.AddDataProtection().SetApplicationName("Participation.Site").PersistKeysToDbContext<CmsDbContext>()
            .UnprotectKeysWithAnyCertificate([.. certificates.All])
            .AddKeyManagementOptions(keys => keys.XmlEncryptor = new KeyWrapEncryptor(certificates));

        builder.Services.AddSingleton<IValidateOptions<KeyProtectionOptions>, KeyEncryptionStrength>();
        builder.Services.AddOptions<KeyProtectionOptions>().BindConfiguration("Cms:DataProtection").ValidateOnStart();
        return builder;
    }
}
