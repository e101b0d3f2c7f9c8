using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Participation.Web.Tests.Security;

/// <summary>A self-signed RSA certificate written as a password-protected .pfx, as an operator would configure one.</summary>
internal sealed class TestCertificate : IDisposable
{
    private const string Password = "salasana";

    public TestCertificate(int bits = 3072)
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "participation-web-tests", $"dp-{Guid.NewGuid():N}.pfx");
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(Path)!);
        using var rsa = RSA.Create(bits);
        Certificate = new CertificateRequest("CN=Testikunta", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1)
            .CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
        File.WriteAllBytes(Path, Certificate.Export(X509ContentType.Pkcs12, Password));
    }

    public string Path { get; }

    public X509Certificate2 Certificate { get; }

    public string Thumbprint => Certificate.GetCertHashString(HashAlgorithmName.SHA256);

    /// <summary>The site's settings with this as the current certificate and <paramref name="previous"/> as retired ones.</summary>
    public Dictionary<string, string> Settings(params TestCertificate[] previous)
    {
        var settings = new Dictionary<string, string> { ["Cms:DataProtection:CertificatePath"] = Path, ["Cms:DataProtection:CertificatePassword"] = Password };
        for (var i = 0; i < previous.Length; i++)
        {
            settings[$"Cms:DataProtection:PreviousCertificates:{i}:Path"] = previous[i].Path;
            settings[$"Cms:DataProtection:PreviousCertificates:{i}:Password"] = Password;
        }

        return settings;
    }

    public void Dispose()
    {
        Certificate.Dispose();
        File.Delete(Path);
    }
}
