using Microsoft.AspNetCore.Http;

namespace Participation.Cms.Hosting;

/// <summary>
/// The rest of the pipeline run with the response body written to memory, so a middleware sees a whole answer (to hash
/// it, keep it, or answer 304 instead) before its headers go out. The page cache and the Delivery API's ETag use it.
/// </summary>
internal sealed class ResponseBuffer : IDisposable
{
    private readonly MemoryStream buffer = new();

    private ResponseBuffer()
    {
    }

    public ReadOnlySpan<byte> Bytes => buffer.GetBuffer().AsSpan(0, (int)buffer.Length);

    public long Length => buffer.Length;

    public static async Task<ResponseBuffer> CaptureAsync(HttpContext http, RequestDelegate next)
    {
        var captured = new ResponseBuffer();
        var response = http.Response;
        var original = response.Body;
        response.Body = captured.buffer;
        try
        {
            await next(http);
        }
        catch
        {
            captured.Dispose();
            throw;
        }
        finally
        {
            response.Body = original;
        }

        return captured;
    }

    /// <summary>Sends the captured body as it was written (none for HEAD).</summary>
    public async Task SendAsync(HttpContext http)
    {
        if (HttpMethods.IsHead(http.Request.Method))
        {
            return;
        }

        buffer.Position = 0;
        await buffer.CopyToAsync(http.Response.Body, http.RequestAborted);
    }

    public void Dispose() => buffer.Dispose();
}
