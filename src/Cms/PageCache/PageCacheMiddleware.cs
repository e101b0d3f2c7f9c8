using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using Participation.Cms.Hosting;
using Participation.Cms.PublishedCache;
using Participation.Cms.Security;

namespace Participation.Cms.PageCache;

/// <summary>
/// Serves a public page from memory when it was rendered from the current published snapshot, and keeps what the page
/// endpoint renders when nothing in it is personal or read from outside the snapshot. Answers carry a weak ETag, and a
/// browser asking again for a page it has gets a 304.
/// </summary>
internal sealed class PageCacheMiddleware(RequestDelegate next, PageCacheStore store, PublishedSnapshotService snapshots, IOptionsMonitor<PageCacheOptions> options, TimeProvider clock)
{
    private const int MaxKeyLength = 2048;

    public async Task InvokeAsync(HttpContext http)
    {
        var request = http.Request;
        var settings = options.CurrentValue;
        // A request with a link's token cookie may be shown something personal: neither answered from nor kept.
        if (!settings.Enabled || !(HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))
            || http.GetEndpoint()?.Metadata.GetMetadata<CachedPageEndpointAttribute>() is null
            || LinkTokenCookie.Carried(request))
        {
            await next(http);
            return;
        }

        var key = $"{request.Host.Value}{request.PathBase.Value}{request.Path.Value}{request.QueryString.Value}";
        var snapshot = snapshots.Current;
        var now = clock.GetUtcNow();
        if (key.Length <= MaxKeyLength && store.Find(key, snapshot, now) is { } page)
        {
            if (PageEtag.MatchingNonce(request, page.Hash) is { } theirs)
            {
                NotModified(http, page.Hash, theirs);
                return;
            }

            await page.WriteAsync(http, CspNonce.For(http), now);
            return;
        }

        await RenderAsync(http, key.Length <= MaxKeyLength && HttpMethods.IsGet(request.Method) ? key : null, snapshot, settings);
    }

    private async Task RenderAsync(HttpContext http, string? key, PublishedSnapshot snapshot, PageCacheOptions settings)
    {
        var response = http.Response;
        using var buffer = await ResponseBuffer.CaptureAsync(http, next);
        if (!response.HasStarted && Keepable(http, buffer.Length, settings))
        {
            var nonce = CspNonce.Existing(http);
            var now = clock.GetUtcNow();
            var page = CachedPage.From(snapshot, now, now + settings.Duration, buffer.Bytes, nonce, response.Headers);
            if (key is not null)
            {
                store.Keep(key, page);
            }

            nonce ??= CspNonce.For(http);
            if (PageEtag.MatchingNonce(http.Request, page.Hash) is { } theirs)
            {
                NotModified(http, page.Hash, theirs);
                return;
            }

            PageEtag.Set(response, page.Hash, nonce);
        }

        await buffer.SendAsync(http);
    }

    private static void NotModified(HttpContext http, string hash, string nonce)
    {
        CspNonce.Use(http, nonce);
        http.Response.Clear();
        http.Response.StatusCode = StatusCodes.Status304NotModified;
        PageEtag.Set(http.Response, hash, nonce);
    }

    /// <summary>Only a whole public page that no one's answer could differ from: no cookie set, nothing the page or the
    /// antiforgery system (which marks every form it gives a token no-store) said must not be stored.</summary>
    private static bool Keepable(HttpContext http, long length, PageCacheOptions settings)
    {
        var response = http.Response;
        var caching = response.Headers.CacheControl.ToString();
        return response.StatusCode == StatusCodes.Status200OK
            && length <= settings.MaxPageBytes
            && response.ContentType?.StartsWith("text/html", StringComparison.OrdinalIgnoreCase) == true
            && !response.Headers.ContainsKey("Set-Cookie")
            && !caching.Contains("no-store", StringComparison.OrdinalIgnoreCase)
            && !caching.Contains("private", StringComparison.OrdinalIgnoreCase)
            && !PageCache.StoreRefused(http);
    }
}
