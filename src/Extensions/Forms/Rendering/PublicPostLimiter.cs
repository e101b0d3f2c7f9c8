using System.Net;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace Participation.Extensions.Forms.Rendering;

/// <summary>
/// Public form posts per client per minute, page and API together, so one client cannot flood a form's entries or
/// its mails. The address is only a partition key in memory; it is never stored with an entry.
/// </summary>
public sealed class PublicPostLimiter(IOptions<FormsOptions> options) : IDisposable
{
    private readonly PartitionedRateLimiter<IPAddress> limiter = PartitionedRateLimiter.Create<IPAddress, IPAddress>(address =>
        RateLimitPartition.GetFixedWindowLimiter(address, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = Math.Max(1, options.Value.PostsPerMinute),
            Window = TimeSpan.FromMinutes(1),
            QueueLimit = 0,
        }));

    /// <summary>True when the client may post now; otherwise sets <c>Retry-After</c>.</summary>
    public bool TryAcquire(HttpContext http)
    {
        using var lease = limiter.AttemptAcquire(http.Connection.RemoteIpAddress ?? IPAddress.None);
        if (lease.IsAcquired)
        {
            return true;
        }

        http.Response.Headers.RetryAfter = "60";
        return false;
    }

    public void Dispose() => limiter.Dispose();
}
