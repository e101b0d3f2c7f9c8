using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Participation.Web.Tests.Infrastructure;

namespace Participation.Web.Tests.Security;

/// <summary>
/// ASVS 11.2.3: a key-encryption certificate under 128-bit security (RSA under 3072 bits) is noticed at start; one
/// without an RSA key cannot wrap keys with RSA-OAEP and is refused.
/// </summary>
public sealed class KeyStrengthTests
{
    [Fact]
    public async Task ARsa2048CertificateIsAWarningOutsideProductionAndStopsTheSiteInProduction()
    {
        using var weak = new TestCertificate(bits: 2048);
        await using var site = new SiteFactory { Settings = weak.Settings() };

        _ = site.Services;
        Assert.Contains(site.Errors.Warnings, w => w.Contains($"{weak.Thumbprint} has an RSA key of 2048 bits", StringComparison.Ordinal));

        await using var production = site.WithWebHostBuilder(b => b.UseEnvironment("Production"));
        var refused = Assert.ThrowsAny<Exception>(() => production.Services.GetRequiredService<IServiceProvider>());
        Assert.Contains("has an RSA key of 2048 bits; at least 3072 are needed", Messages(refused), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ACertificateWithoutAnRsaKeyStopsTheSite()
    {
        var path = Path.Combine(Path.GetTempPath(), "participation-web-tests", $"dp-ec-{Guid.NewGuid():N}.pfx");
        using (var ec = ECDsa.Create(ECCurve.NamedCurves.nistP256))
        using (var certificate = new CertificateRequest("CN=Testikunta", ec, HashAlgorithmName.SHA256).CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1)))
        {
            await File.WriteAllBytesAsync(path, certificate.Export(X509ContentType.Pkcs12, "salasana"));
        }

        await using var site = new SiteFactory
        {
            Settings = new Dictionary<string, string> { ["Cms:DataProtection:CertificatePath"] = path, ["Cms:DataProtection:CertificatePassword"] = "salasana" },
        };

        var refused = Assert.ThrowsAny<Exception>(() => site.Services.GetRequiredService<IServiceProvider>());
        Assert.Contains("must hold an RSA key", Messages(refused), StringComparison.Ordinal);
        File.Delete(path);
    }

    private static string Messages(Exception exception) => exception is AggregateException all
        ? string.Join(" ", all.InnerExceptions.Select(Messages))
        : exception.Message + " " + (exception.InnerException is { } inner ? Messages(inner) : "");
}
