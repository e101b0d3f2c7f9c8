using System.Net;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace Participation.Cms.Security;

/// <summary>
/// Public reads per client (<see cref="LimitsOptions.PublicReadsPerClientPerMinute"/>), so one client cannot spend the
/// site's CPU on fresh searches or API queries; 429 with Retry-After past it. Media and static files have limits or
/// caching of their own, the backoffice is signed in. Loopback is not counted: it is a local tool or a reverse proxy
/// not yet named in Cms:ForwardedHeaders, and counting the proxy would throttle every resident together.
/// </summary>
internal sealed class PublicReadLimiter(IOptions<LimitsOptions> options) : IDisposable
{
    private readonly PartitionedRateLimiter<string> limiter = PartitionedRateLimiter.Create<string, string>(client =>
        RateLimitPartition.GetSlidingWindowLimiter(client, _ => ClientPartition.PerMinute(options.Value.PublicReadsPerClientPerMinute)));

    public async Task InvokeAsync(HttpContext http, RequestDelegate next)
    {
        if (!Counts(http))
        {
            await next(http);
            return;
        }

        using var lease = limiter.AttemptAcquire(ClientPartition.Of(http));
        if (lease.IsAcquired)
        {
            await next(http);
            return;
        }

        http.Response.Headers.RetryAfter = "60";
        await Results.Problem("Too many requests from this address; try again in a minute.", statusCode: StatusCodes.Status429TooManyRequests, title: "Too many requests").ExecuteAsync(http);
    }

    public void Dispose() => limiter.Dispose();

    private static bool Counts(HttpContext http)
    {
        if (http.Connection.RemoteIpAddress is not { } address || IPAddress.IsLoopback(address))
        {
            return false;
        }

        var path = http.Request.Path;
        if (path.StartsWithSegments("/media") || Path.HasExtension(path.Value))
        {
            return false;
        }

        return !path.StartsWithSegments("/umbraco")
            || path.StartsWithSegments("/umbraco/delivery/api") || path.StartsWithSegments("/umbraco/forms/delivery/api");
    }
}
