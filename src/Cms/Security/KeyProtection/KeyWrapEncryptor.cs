using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.XmlEncryption;

namespace Participation.Cms.Security.KeyProtection;

/// <summary>Wraps each new data-protection key with the current certificate (<see cref="KeyWrap"/>).</summary>
internal sealed class KeyWrapEncryptor(KeyEncryptionCertificates certificates) : IXmlEncryptor
{
    public EncryptedXmlInfo Encrypt(XElement plaintextElement) =>
        new(KeyWrap.Wrap(plaintextElement, certificates.Current), typeof(KeyWrapDecryptor));
}
