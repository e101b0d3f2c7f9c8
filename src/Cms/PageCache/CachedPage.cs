using System.Buffers;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;
using Participation.Cms.PublishedCache;

namespace Participation.Cms.PageCache;

/// <summary>
/// A rendered page kept for one published snapshot, cut where its CSP nonce stood. Every answer from it carries a fresh
/// nonce, in the header and in the page alike, so a kept page is no weaker against injected script than a rendered one.
/// </summary>
internal sealed class CachedPage
{
    private readonly ReadOnlyMemory<byte>[] parts;
    private readonly KeyValuePair<string, StringValues>[] headers;

    private CachedPage(PublishedSnapshot snapshot, DateTimeOffset rendered, DateTimeOffset expires, ReadOnlyMemory<byte>[] parts, KeyValuePair<string, StringValues>[] headers, string hash)
    {
        Snapshot = snapshot;
        Rendered = rendered;
        Expires = expires;
        this.parts = parts;
        this.headers = headers;
        Hash = hash;
        Bytes = parts.Sum(p => (long)p.Length);
    }

    public PublishedSnapshot Snapshot { get; }

    public DateTimeOffset Rendered { get; }

    public DateTimeOffset Expires { get; }

    /// <summary>The page's content without its nonce: the same page rendered again has the same hash.</summary>
    public string Hash { get; }

    public long Bytes { get; }

    public static CachedPage From(PublishedSnapshot snapshot, DateTimeOffset rendered, DateTimeOffset expires, ReadOnlySpan<byte> body, string? nonce, IHeaderDictionary responseHeaders)
    {
        var parts = new List<ReadOnlyMemory<byte>>();
        var marker = nonce is null ? [] : Encoding.ASCII.GetBytes(nonce);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        while (true)
        {
            var at = marker.Length == 0 ? -1 : body.IndexOf(marker);
            var part = at < 0 ? body : body[..at];
            parts.Add(part.ToArray());
            hash.AppendData(part);
            hash.AppendData([0]); // where a nonce stood, so moving it changes the hash
            if (at < 0)
            {
                break;
            }

            body = body[(at + marker.Length)..];
        }

        var kept = responseHeaders.Where(h => KeptHeaders.Contains(h.Key)).ToArray();
        return new CachedPage(snapshot, rendered, expires, [.. parts], kept, Convert.ToHexStringLower(hash.GetHashAndReset(), 0, 12));
    }

    /// <summary>The headers a page's own answer sets; the rest (security, caching, length) are set per answer.</summary>
    private static readonly HashSet<string> KeptHeaders = new(StringComparer.OrdinalIgnoreCase) { "Content-Type", "Content-Language", "Link", "Vary" };

    /// <summary>A weak tag (the bytes differ by nonce) naming the nonce the client's copy carries, for <see cref="PageEtag"/>.</summary>
    public string ETag(string nonce) => PageEtag.Format(Hash, nonce);

    public async Task WriteAsync(HttpContext http, string nonce, DateTimeOffset now)
    {
        var response = http.Response;
        response.StatusCode = StatusCodes.Status200OK;
        response.Headers.Age = ((long)Math.Max(0, (now - Rendered).TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
        foreach (var (name, value) in headers)
        {
            response.Headers[name] = value;
        }

        PageEtag.Set(response, Hash, nonce);
        response.ContentLength = Bytes + ((parts.Length - 1) * (long)nonce.Length);
        if (HttpMethods.IsHead(http.Request.Method))
        {
            return;
        }

        var nonceBytes = Encoding.ASCII.GetBytes(nonce);
        var writer = response.BodyWriter;
        for (var i = 0; i < parts.Length; i++)
        {
            if (i > 0)
            {
                writer.Write(nonceBytes);
            }

            writer.Write(parts[i].Span);
        }

        await writer.FlushAsync(http.RequestAborted);
    }
}
