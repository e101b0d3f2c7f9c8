using System.Buffers.Binary;
using System.Security.Cryptography;

namespace Participation.Cms.Backoffice.Security;

/// <summary>
/// RFC 6238 as authenticator apps do it (HMAC-SHA1, 6 digits, 30 s steps). Identity keeps its own copy internal, and
/// <see cref="SingleUseAuthenticatorTokenProvider"/> needs to know which time step a code matched, not only whether it did.
/// </summary>
internal static class Rfc6238
{
    public const int StepSeconds = 30;

    /// <summary>
    /// Steps before now that are still accepted: one, for a phone a little behind and the time it takes to type the code
    /// (ASVS 6.5.5: about 30 s, at most 60 s). None ahead: a phone whose clock runs fast is out of step and its owner
    /// is told the code is wrong. Identity's own provider accepts two steps either side, about 2.5 minutes.
    /// </summary>
    public const int Drift = 1;

    public static long StepAt(DateTimeOffset time) => time.ToUnixTimeSeconds() / StepSeconds;

    /// <summary>The latest step within the window (now and <see cref="Drift"/> steps before) whose code is <paramref name="code"/>, or null.</summary>
    public static long? MatchingStep(byte[] key, int code, DateTimeOffset now)
    {
        var current = StepAt(now);
        long? matched = null;
        for (var step = current - Drift; step <= current; step++)
        {
            if (Code(key, step) == code)
            {
                matched = step;
            }
        }

        return matched;
    }

    public static int Code(byte[] key, long step)
    {
        Span<byte> counter = stackalloc byte[8];
        BinaryPrimitives.WriteInt64BigEndian(counter, step);
        Span<byte> hash = stackalloc byte[HMACSHA1.HashSizeInBytes];
        HMACSHA1.HashData(key, counter, hash);

        // Dynamic truncation (RFC 4226 §5.3).
        var offset = hash[^1] & 0x0f;
        var binary = BinaryPrimitives.ReadInt32BigEndian(hash[offset..]) & 0x7fffffff;
        return binary % 1_000_000;
    }

    /// <summary>RFC 4648 base32 without padding, as Identity writes the key; null when the text is not base32.</summary>
    public static byte[]? DecodeKey(string base32)
    {
        var bytes = new List<byte>(base32.Length * 5 / 8);
        int buffer = 0, bits = 0;
        foreach (var c in base32.TrimEnd('='))
        {
            var value = c switch
            {
                >= 'A' and <= 'Z' => c - 'A',
                >= 'a' and <= 'z' => c - 'a',
                >= '2' and <= '7' => c - '2' + 26,
                _ => -1,
            };
            if (value < 0)
            {
                return null;
            }

            buffer = (buffer << 5) | value;
            bits += 5;
            if (bits >= 8)
            {
                bits -= 8;
                bytes.Add((byte)(buffer >> bits));
                buffer &= (1 << bits) - 1;
            }
        }

        return [.. bytes];
    }
}
