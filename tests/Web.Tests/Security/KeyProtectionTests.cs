using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Participation.Cms.Persistence;
using Participation.Web.Tests.Infrastructure;

namespace Participation.Web.Tests.Security;

/// <summary>Found by probing: the data-protection keys (sign-in cookies, antiforgery, signed links) were stored in the database in the clear.</summary>
public sealed class KeyProtectionTests
{
    [Fact]
    public async Task KeysAreStoredEncryptedWithACertificateMadeOnFirstStartThatOnlyTheSiteMayRead()
    {
        var keys = Path.Combine(Path.GetTempPath(), "participation-web-tests", "keys-" + Guid.NewGuid().ToString("N"));
        await using var site = new SiteFactory { Settings = new Dictionary<string, string> { ["Cms:DataProtection:CertificateFolder"] = keys } };

        var xml = await StoredKeysAsync(site);

        Assert.Contains("encryptedSecret", xml, StringComparison.Ordinal);
        Assert.DoesNotContain("<value>", xml, StringComparison.Ordinal);
        var certificate = Path.Combine(keys, "data-protection.pfx");
        Assert.True(File.Exists(certificate));
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(certificate));
        }

        Directory.Delete(keys, recursive: true);
    }

    [Fact]
    public async Task AConfiguredCertificateEncryptsTheKeys()
    {
        var path = Path.Combine(Path.GetTempPath(), "participation-web-tests", $"dp-{Guid.NewGuid():N}.pfx");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        using var rsa = RSA.Create(2048);
        using var certificate = new CertificateRequest("CN=Testikunta", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1)
            .CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
        await File.WriteAllBytesAsync(path, certificate.Export(X509ContentType.Pkcs12, "salasana"));
        await using var site = new SiteFactory
        {
            Settings = new Dictionary<string, string> { ["Cms:DataProtection:CertificatePath"] = path, ["Cms:DataProtection:CertificatePassword"] = "salasana" },
        };

        var xml = await StoredKeysAsync(site);

        Assert.Contains(Convert.ToBase64String(certificate.RawData), xml, StringComparison.Ordinal);
        File.Delete(path);
    }

    private static async Task<string> StoredKeysAsync(SiteFactory site)
    {
        // Protecting something makes the key ring, and its first key, if there is none yet.
        var protector = site.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("test");
        Assert.Equal("hei", protector.Unprotect(protector.Protect("hei")));
        await using var db = site.Services.GetRequiredService<CmsDatabase>().CreateContext();
        var stored = await db.DataProtectionKeys.Select(k => k.Xml).ToListAsync();
        Assert.NotEmpty(stored);
        return string.Join('\n', stored);
    }
}
