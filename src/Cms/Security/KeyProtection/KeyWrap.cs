using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Xml.Linq;

namespace Participation.Cms.Security.KeyProtection;

/// <summary>
/// Hybrid encryption of one key element: a fresh AES-256-GCM key encrypts it, and that key is encrypted with the
/// certificate's RSA public key under OAEP with SHA-256 (ASVS 11.3.1 forbids the PKCS#1 v1.5 padding that
/// <c>EncryptedXml</c> uses). The algorithm names and the certificate's thumbprint are authenticated with the text, so
/// a stored element cannot be relabelled.
/// </summary>
internal static class KeyWrap
{
    public static readonly XNamespace Namespace = "urn:participation-site:data-protection:key-wrap:v1";
    private const string KeyTransport = "RSA-OAEP-SHA256";
    private const string Cipher = "AES-256-GCM";
    private const int TagBytes = 16;

    public static XElement Wrap(XElement plain, X509Certificate2 certificate)
    {
        var thumbprint = KeyEncryptionCertificates.Thumbprint(certificate);
        var plaintext = Encoding.UTF8.GetBytes(plain.ToString(SaveOptions.DisableFormatting));
        var key = RandomNumberGenerator.GetBytes(32);
        try
        {
            var nonce = RandomNumberGenerator.GetBytes(AesGcm.NonceByteSizes.MaxSize);
            var ciphertext = new byte[plaintext.Length];
            var tag = new byte[TagBytes];
            using (var aes = new AesGcm(key, TagBytes))
            {
                aes.Encrypt(nonce, plaintext, ciphertext, tag, AssociatedData(thumbprint));
            }

            using var rsa = certificate.GetRSAPublicKey() ?? throw new CryptographicException("The data-protection certificate has no RSA key.");
            return new XElement(Namespace + "wrappedKey",
                new XAttribute("certificate", thumbprint),
                new XAttribute("keyTransport", KeyTransport),
                new XAttribute("cipher", Cipher),
                new XElement(Namespace + "key", Convert.ToBase64String(rsa.Encrypt(key, RSAEncryptionPadding.OaepSHA256))),
                new XElement(Namespace + "nonce", Convert.ToBase64String(nonce)),
                new XElement(Namespace + "ciphertext", Convert.ToBase64String(ciphertext)),
                new XElement(Namespace + "tag", Convert.ToBase64String(tag)));
        }
        finally
        {
            CryptographicOperations.ZeroMemory(key);
            CryptographicOperations.ZeroMemory(plaintext);
        }
    }

    public static XElement Unwrap(XElement wrapped, KeyEncryptionCertificates certificates)
    {
        if ((string?)wrapped.Attribute("keyTransport") != KeyTransport || (string?)wrapped.Attribute("cipher") != Cipher)
        {
            throw new CryptographicException($"A data-protection key is wrapped with {(string?)wrapped.Attribute("keyTransport")} and {(string?)wrapped.Attribute("cipher")}, which this site does not know.");
        }

        var thumbprint = (string?)wrapped.Attribute("certificate") ?? "";
        var certificate = certificates.Find(thumbprint) ?? throw new CryptographicException(
            $"A data-protection key is wrapped with certificate {thumbprint}, which is neither Cms:DataProtection's certificate nor one of its PreviousCertificates.");
        using var rsa = certificate.GetRSAPrivateKey() ?? throw new CryptographicException($"Certificate {thumbprint} has no RSA private key.");
        var key = rsa.Decrypt(Bytes(wrapped, "key"), RSAEncryptionPadding.OaepSHA256);
        var ciphertext = Bytes(wrapped, "ciphertext");
        var plaintext = new byte[ciphertext.Length];
        try
        {
            using (var aes = new AesGcm(key, TagBytes))
            {
                aes.Decrypt(Bytes(wrapped, "nonce"), ciphertext, Bytes(wrapped, "tag"), plaintext, AssociatedData(thumbprint));
            }

            return XElement.Parse(Encoding.UTF8.GetString(plaintext));
        }
        finally
        {
            CryptographicOperations.ZeroMemory(key);
            CryptographicOperations.ZeroMemory(plaintext);
        }
    }

    private static byte[] AssociatedData(string thumbprint) => Encoding.UTF8.GetBytes($"{KeyTransport}|{Cipher}|{thumbprint.ToUpperInvariant()}");

    private static byte[] Bytes(XElement wrapped, string name) =>
        Convert.FromBase64String((string?)wrapped.Element(Namespace + name) ?? throw new CryptographicException($"A wrapped data-protection key has no {name}."));
}
