namespace Participation.Cms.Backoffice.Security;

/// <summary>How the shared key is shown to an editor and how typed codes are tidied before Identity checks them.</summary>
public static class TwoFactorCodes
{
    /// <summary>The name authenticator apps show above the code.</summary>
    public const string Issuer = "Participation.Site";

    public const int RecoveryCodeCount = 10;

    /// <summary>Base32 in groups of four: easier to read aloud and to type into an app by hand.</summary>
    public static string FormatKey(string key) =>
        string.Join(' ', key.Chunk(4).Select(group => new string(group)));

    /// <summary>The key URI format authenticator apps read (Google's otpauth:// convention): RFC 6238, SHA-1, 6 digits, 30 s.</summary>
    public static string AuthenticatorUri(string userName, string key) =>
        $"otpauth://totp/{Uri.EscapeDataString(Issuer)}:{Uri.EscapeDataString(userName)}?secret={key}&issuer={Uri.EscapeDataString(Issuer)}&digits=6";

    /// <summary>Apps often show the code as "123 456"; Identity wants the six digits only. Null when it cannot be a code.</summary>
    public static string? Totp(string? typed)
    {
        var digits = new string((typed ?? "").Where(c => c is not (' ' or '-')).ToArray());
        return digits.Length == 6 && digits.All(char.IsAsciiDigit) ? digits : null;
    }

    /// <summary>Recovery codes are upper-case base32 with one hyphen (XXXXX-XXXXX); people copy them with stray spaces or in lower case.</summary>
    public static string Recovery(string? typed) =>
        new string((typed ?? "").Where(c => !char.IsWhiteSpace(c)).ToArray()).ToUpperInvariant();
}
