using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Participation.Cms.Persistence;
using Participation.Web.Tests.Infrastructure;
using static Participation.Web.Tests.Security.KeyProtectionTests;

namespace Participation.Web.Tests.Security;

/// <summary>
/// A site keeps its key ring through an upgrade and through a new certificate (ASVS 11.2.2): keys wrapped before by
/// EncryptedXml are still read, and a retired certificate listed under PreviousCertificates still unwraps its keys.
/// </summary>
public sealed class KeyRingUpgradeTests
{
    private readonly string database = Path.Combine(Path.GetTempPath(), "participation-web-tests", $"keyring-{Guid.NewGuid():N}.db");

    [Fact]
    public async Task KeysWrappedByEncryptedXmlBeforeTheChangeAreStillRead()
    {
        using var certificate = new TestCertificate();

        // What the site wrote before: the framework's own certificate protection, RSA PKCS#1 v1.5 key transport.
        var folder = Directory.CreateTempSubdirectory("participation-old-keys-");
        var before = new ServiceCollection().AddLogging();
        before.AddDataProtection().SetApplicationName("Participation.Site").PersistKeysToFileSystem(folder).ProtectKeysWithCertificate(certificate.Certificate);
        string protectedText;
        using (var old = before.BuildServiceProvider())
        {
            protectedText = old.GetRequiredService<IDataProtectionProvider>().CreateProtector("test").Protect("hei");
        }

        var oldKey = await File.ReadAllTextAsync(Assert.Single(folder.GetFiles("key-*.xml")).FullName);
        Assert.Contains("xmlenc#rsa-1_5", oldKey, StringComparison.Ordinal);
        await using (var site = new SiteFactory { DatabaseFile = database, Settings = certificate.Settings() })
        {
            await using var db = site.Services.GetRequiredService<CmsDatabase>().CreateContext();
            db.DataProtectionKeys.Add(new DataProtectionKey { FriendlyName = "key-before-upgrade", Xml = oldKey });
            await db.SaveChangesAsync();
        }

        await using (var upgraded = new SiteFactory { DatabaseFile = database, Settings = certificate.Settings() })
        {
            Assert.Equal("hei", Protector(upgraded).Unprotect(protectedText));
        }

        folder.Delete(recursive: true);
        File.Delete(database);
    }

    [Fact]
    public async Task APreviousCertificateOnlyUnwrapsOldKeysAndNewKeysUseTheCurrentOne()
    {
        using var retired = new TestCertificate();
        using var current = new TestCertificate();
        string protectedText;
        await using (var site = new SiteFactory { DatabaseFile = database, Settings = retired.Settings() })
        {
            await StoredKeysAsync(site);
            protectedText = Protector(site).Protect("hei");
        }

        await using (var replaced = new SiteFactory { DatabaseFile = database, Settings = current.Settings(previous: retired) })
        {
            Assert.Equal("hei", Protector(replaced).Unprotect(protectedText));

            var key = replaced.Services.GetRequiredService<IKeyManager>().CreateNewKey(DateTimeOffset.UtcNow, DateTimeOffset.UtcNow.AddDays(90));
            await using var db = replaced.Services.GetRequiredService<CmsDatabase>().CreateContext();
            var xml = await db.DataProtectionKeys.Where(k => k.FriendlyName == $"key-{key.KeyId:D}").Select(k => k.Xml).SingleAsync();
            Assert.Contains($"certificate=\"{current.Thumbprint}\"", xml, StringComparison.Ordinal);
            Assert.DoesNotContain(retired.Thumbprint, xml, StringComparison.Ordinal);
        }

        // Without the retired certificate listed, the old keys are lost: the setting is what keeps them.
        await using (var forgotten = new SiteFactory { DatabaseFile = database, Settings = current.Settings() })
        {
            Assert.ThrowsAny<CryptographicException>(() => Protector(forgotten).Unprotect(protectedText));
        }

        File.Delete(database);
    }
}
