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

        nonce = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16)); // hex: nothing a page would need to escape
        http.Items[ItemsKey] = nonce;
        return nonce;
    }

    /// <summary>The nonce this response's page was written with, or null when nothing asked for one.</summary>
    internal static string? Existing(HttpContext http) => http.Items[ItemsKey] as string;

    /// <summary>Names an earlier response's nonce: a 304 whose policy must match the copy the browser keeps.</summary>
    internal static void Use(HttpContext http, string nonce) => http.Items[ItemsKey] = nonce;
}
