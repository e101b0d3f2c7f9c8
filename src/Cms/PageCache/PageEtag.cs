using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace Participation.Cms.PageCache;

/// <summary>
/// A page's entity tag: <c>W/"hash.nonce"</c>. A 304 updates the headers the browser keeps with its copy, so its
/// Content-Security-Policy must name the nonce that copy was written with; the tag carries it back.
/// </summary>
internal static class PageEtag
{
    public static string Format(string hash, string nonce) => $"W/\"{hash}.{nonce}\"";

    public static void Set(HttpResponse response, string hash, string nonce)
    {
        response.Headers.ETag = Format(hash, nonce);
        // Kept by browsers and proxies, asked again every time: a publish is seen at once, an unchanged page costs a 304.
        response.Headers.CacheControl = "no-cache";
    }

    /// <summary>The nonce of the client's copy when it is this page (same hash), else null.</summary>
    public static string? MatchingNonce(HttpRequest request, string hash)
    {
        if (!EntityTagHeaderValue.TryParseList(request.Headers.IfNoneMatch, out var tags))
        {
            return null;
        }

        foreach (var tag in tags)
        {
            var value = tag.Tag.AsSpan().Trim('"');
            var dot = value.IndexOf('.');
            if (dot > 0 && value[..dot].SequenceEqual(hash) && value[(dot + 1)..] is var nonce && nonce.Length == 32 && IsHex(nonce))
            {
                return nonce.ToString();
            }
        }

        return null;
    }

    private static bool IsHex(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (!char.IsAsciiHexDigitLower(c) && !char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
    }
}
