using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Participation.Cms.Persistence;
using Participation.Cms.Security.KeyProtection;
using Participation.Web.Tests.Infrastructure;

namespace Participation.Web.Tests.Security;

/// <summary>
/// Found by probing: the data-protection keys (sign-in cookies, antiforgery, signed links) were stored in the database
/// in the clear. Then ASVS 11.3.1: they were wrapped with RSA PKCS#1 v1.5 (EncryptedXml); now RSA-OAEP and AES-GCM.
/// </summary>
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
    public async Task AConfiguredCertificateWrapsKeysWithRsaOaepAndAesGcmAndTheyAreReadAfterARestart()
    {
        using var certificate = new TestCertificate();
        var database = Path.Combine(Path.GetTempPath(), "participation-web-tests", $"keyring-{Guid.NewGuid():N}.db");
        string protectedText;
        await using (var site = new SiteFactory { DatabaseFile = database, Settings = certificate.Settings() })
        {
            var xml = await StoredKeysAsync(site);
            protectedText = Protector(site).Protect("hei");

            Assert.Contains($"certificate=\"{certificate.Thumbprint}\"", xml, StringComparison.Ordinal);
            Assert.Contains("keyTransport=\"RSA-OAEP-SHA256\"", xml, StringComparison.Ordinal);
            Assert.Contains("cipher=\"AES-256-GCM\"", xml, StringComparison.Ordinal);
            Assert.DoesNotContain("rsa-1_5", xml, StringComparison.Ordinal);
            Assert.DoesNotContain("masterKey", xml, StringComparison.Ordinal);

            // The secret itself, unwrapped with the certificate, appears nowhere in what is stored.
            var wrapped = XElement.Parse(xml.Split('\n')[0]).Descendants(KeyWrap.Namespace + "wrappedKey").Single();
            var secret = KeyWrap.Unwrap(wrapped, site.Services.GetRequiredService<KeyEncryptionCertificates>()).Descendants("value").Single().Value;
            Assert.True(secret.Length >= 40);
            Assert.DoesNotContain(secret, xml, StringComparison.Ordinal);
        }

        await using (var restarted = new SiteFactory { DatabaseFile = database, Settings = certificate.Settings() })
        {
            Assert.Equal("hei", Protector(restarted).Unprotect(protectedText));
        }

        File.Delete(database);
    }

    [Fact]
    public async Task AKeyWithAChangedByteIsRefused()
    {
        await using var site = new SiteFactory();
        var xml = await StoredKeysAsync(site);
        var wrapped = XElement.Parse(xml.Split('\n')[0]).Descendants(KeyWrap.Namespace + "wrappedKey").Single();
        var certificates = site.Services.GetRequiredService<KeyEncryptionCertificates>();
        Assert.NotNull(KeyWrap.Unwrap(wrapped, certificates));

        var ciphertext = wrapped.Element(KeyWrap.Namespace + "ciphertext")!;
        var bytes = Convert.FromBase64String(ciphertext.Value);
        bytes[0] ^= 1;
        ciphertext.Value = Convert.ToBase64String(bytes);

        Assert.ThrowsAny<System.Security.Cryptography.CryptographicException>(() => KeyWrap.Unwrap(wrapped, certificates));
    }

    internal static IDataProtector Protector(SiteFactory site) => site.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("test");

    internal static async Task<string> StoredKeysAsync(SiteFactory site)
    {
        // Protecting something makes the key ring, and its first key, if there is none yet.
        var protector = Protector(site);
        Assert.Equal("hei", protector.Unprotect(protector.Protect("hei")));
        await using var db = site.Services.GetRequiredService<CmsDatabase>().CreateContext();
        var stored = await db.DataProtectionKeys.OrderBy(k => k.Id).Select(k => k.Xml).ToListAsync();
        Assert.NotEmpty(stored);
        return string.Join('\n', stored.Select(x => x!.ReplaceLineEndings(" ")));
    }
}
