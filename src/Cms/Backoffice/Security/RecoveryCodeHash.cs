using System.Security.Cryptography;
using System.Text;

namespace Participation.Cms.Backoffice.Security;

/// <summary>
/// Recovery codes as they are stored (ASVS 6.5.2): a code has about 50 bits, too few for a plain hash, so PBKDF2 with a
/// random salt per code. The cost is lower than for passwords because up to ten codes are tried for each one typed, and
/// 2^50 guesses at this cost each is still far out of reach.
/// </summary>
internal static class RecoveryCodeHash
{
    private const string Prefix = "pbkdf2-sha256";
    private const int Iterations = 20_000;
    private const int SaltBytes = 16;
    private const int HashBytes = 32;

    /// <summary>"pbkdf2-sha256.salt.hash" in base64: no ';', which Identity uses between codes.</summary>
    public static string Create(string code)
    {
        var salt = RandomNumberGenerator.GetBytes(SaltBytes);
        return $"{Prefix}.{Convert.ToBase64String(salt)}.{Convert.ToBase64String(Derive(code, salt))}";
    }

    public static bool Matches(string stored, string code)
    {
        var parts = stored.Split('.');
        if (parts is not [Prefix, var salt, var hash])
        {
            // Codes generated before hashing are in clear text until redeemed or replaced. A stored hash is never compared as
            // text, so knowing one is no use at the sign-in page.
            return !stored.StartsWith(Prefix, StringComparison.Ordinal)
                && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(stored), Encoding.UTF8.GetBytes(code));
        }

        return CryptographicOperations.FixedTimeEquals(Derive(code, Convert.FromBase64String(salt)), Convert.FromBase64String(hash));
    }

    private static byte[] Derive(string code, byte[] salt) =>
        Rfc2898DeriveBytes.Pbkdf2(Encoding.UTF8.GetBytes(code), salt, Iterations, HashAlgorithmName.SHA256, HashBytes);
}
