using System.Security.Cryptography;
using Microsoft.AspNetCore.Http;

namespace Participation.Cms.Security;

/// <summary>
/// One random nonce per response, named in the Content-Security-Policy and written on every script and style element
/// the server renders (<see cref="NonceTagHelper"/>). Script injected into a page has no nonce, so it does not run.
/// </summary>
public static class CspNonce
{
    private const string ItemsKey = "Participation.CspNonce";

    public static string For(HttpContext http)
    {
        if (http.Items[ItemsKey] is string nonce)
        {
            return nonce;
        }

        nonce = Convert.ToHexStringLower(NextRandom()); // hex: nothing a page would need to escape
        http.Items[ItemsKey] = nonce;
        return nonce;
    }

    private const int NonceBytes = 16;

    [ThreadStatic]
    private static byte[]? randomBuffer;

    [ThreadStatic]
    private static int randomUsed;

    /// <summary>
    /// Sixteen bytes of the system's CSPRNG, drawn 512 at a time: one call into the crypto library per 32 responses
    /// instead of one each, which showed as 2% of a rendered page's time. Each nonce is used once and never seen again.
    /// </summary>
    private static ReadOnlySpan<byte> NextRandom()
    {
        if (randomBuffer is null || randomUsed == randomBuffer.Length)
        {
            randomBuffer ??= new byte[32 * NonceBytes];
            RandomNumberGenerator.Fill(randomBuffer);
            randomUsed = 0;
        }

        var next = randomBuffer.AsSpan(randomUsed, NonceBytes);
        randomUsed += NonceBytes;
        return next;
    }

    /// <summary>The nonce this response's page was written with, or null when nothing asked for one.</summary>
    internal static string? Existing(HttpContext http) => http.Items[ItemsKey] as string;

    /// <summary>Names an earlier response's nonce: a 304 whose policy must match the copy the browser keeps.</summary>
    internal static void Use(HttpContext http, string nonce) => http.Items[ItemsKey] = nonce;
}
