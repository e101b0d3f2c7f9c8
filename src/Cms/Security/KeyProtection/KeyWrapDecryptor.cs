using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.XmlEncryption;
using Microsoft.Extensions.DependencyInjection;

namespace Participation.Cms.Security.KeyProtection;

/// <summary>
/// Unwraps a key written by <see cref="KeyWrapEncryptor"/> with the current or a previous certificate. The key ring
/// makes it by the type name stored next to each key, through this public constructor: keep this type's name and
/// namespace, or existing key rings can no longer be read.
/// </summary>
internal sealed class KeyWrapDecryptor(IServiceProvider services) : IXmlDecryptor
{
    public XElement Decrypt(XElement encryptedElement) =>
        KeyWrap.Unwrap(encryptedElement, services.GetRequiredService<KeyEncryptionCertificates>());
}
