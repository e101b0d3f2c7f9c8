using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using Participation.Cms.Security;

namespace Participation.Extensions.Forms.Rendering;

/// <summary>
/// Public form posts per client per minute, page and API together, so one client cannot flood a form's entries or
/// its mails. The address is only a partition key in memory; it is never stored with an entry.
/// </summary>
public sealed class PublicPostLimiter(IOptions<FormsOptions> options) : IDisposable
{
    private readonly PartitionedRateLimiter<string> limiter = PartitionedRateLimiter.Create<string, string>(address =>
        RateLimitPartition.GetFixedWindowLimiter(address, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = Math.Max(1, options.Value.PostsPerMinute),
            Window = TimeSpan.FromMinutes(1),
            QueueLimit = 0,
        }));

    /// <summary>True when the client may post now; otherwise sets <c>Retry-After</c>.</summary>
    public bool TryAcquire(HttpContext http)
    {
        // By IPv4 address or IPv6 /64, as the other limits: one subscriber holds a whole /64.
        using var lease = limiter.AttemptAcquire(ClientPartition.Of(http));
        if (lease.IsAcquired)
        {
            return true;
        }

        http.Response.Headers.RetryAfter = "60";
        return false;
    }

    public void Dispose() => limiter.Dispose();
}
