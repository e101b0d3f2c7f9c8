using System.Security.Cryptography;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;
using Participation.Cms.Hosting;

namespace Participation.Cms.DeliveryApi.Caching;

/// <summary>
/// A tag for every Delivery API answer, from its bytes (so every node gives the same answer the same tag), and a 304 for
/// a client that already has it. Runs inside the output cache, which keeps the tag with the answer and answers later
/// If-None-Match itself.
/// </summary>
internal sealed class DeliveryEtag(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext http)
    {
        if (!HttpMethods.IsGet(http.Request.Method) && !HttpMethods.IsHead(http.Request.Method))
        {
            await next(http);
            return;
        }

        var response = http.Response;
        using var buffer = await ResponseBuffer.CaptureAsync(http, next);
        if (response.StatusCode == StatusCodes.Status200OK && !response.HasStarted)
        {
            // Weak: compression gives the same content other bytes on the wire.
            var tag = new EntityTagHeaderValue($"\"{Convert.ToHexStringLower(SHA256.HashData(buffer.Bytes), 0, 12)}\"", isWeak: true);
            response.Headers.ETag = tag.ToString();
            if (EntityTagHeaderValue.TryParseList(http.Request.Headers.IfNoneMatch, out var theirs) && theirs.Any(t => t.Compare(tag, useStrongComparison: false) || t.Equals(EntityTagHeaderValue.Any)))
            {
                response.StatusCode = StatusCodes.Status304NotModified;
                response.ContentLength = null;
                return;
            }
        }

        await buffer.SendAsync(http);
    }
}
