namespace Participation.Cms.Security.KeyProtection;

/// <summary>A retired key-encryption certificate (a .pfx with its private key), kept to read the keys it wrapped.</summary>
public sealed class PreviousCertificate
{
    public string Path { get; set; } = "";

    public string? Password { get; set; }
}
