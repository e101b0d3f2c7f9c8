using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Participation.Cms.Security.KeyProtection;

/// <summary>Loads the configured key-encryption certificate, or makes one on first start (no terminal or store needed on Linux).</summary>
public static class KeyProtectionCertificate
{
    private const string GeneratedFile = "data-protection.pfx";

    public static X509Certificate2 Load(KeyProtectionOptions options, string contentRoot)
    {
        if (options.CertificatePath is { Length: > 0 } configured)
        {
            return X509CertificateLoader.LoadPkcs12FromFile(Path.GetFullPath(configured, contentRoot), options.CertificatePassword);
        }

        var folder = Path.GetFullPath(options.CertificateFolder, contentRoot);
        var path = Path.Combine(folder, GeneratedFile);
        if (!File.Exists(path))
        {
            Create(folder, path);
        }

        return X509CertificateLoader.LoadPkcs12FromFile(path, password: null);
    }

    private static void Create(string folder, string path)
    {
        Directory.CreateDirectory(folder);
        using var rsa = RSA.Create(3072);
        var request = new CertificateRequest("CN=Participation.Site data protection", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyEncipherment, critical: true));
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(100));
        var temporary = Path.Combine(folder, $"{GeneratedFile}.{Guid.NewGuid():N}");
        var file = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            file.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        using (var stream = new FileStream(temporary, file))
        {
            stream.Write(certificate.Export(X509ContentType.Pkcs12));
        }

        try
        {
            // Nodes or test hosts starting together: the first one's certificate wins, whole, and the others read it.
            File.Move(temporary, path, overwrite: false);
        }
        catch (IOException) when (File.Exists(path))
        {
            File.Delete(temporary);
        }
    }
}
