using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using Participation.Cms.Security;

namespace Participation.Cms.Media;

/// <summary>
/// Media requests per client, and apart from them the new variants a client causes, since each costs a decode while
/// a variant already made costs a file read. Counted by <see cref="ClientPartition"/>, in memory, never stored.
/// </summary>
internal sealed class MediaRateLimiter(IOptions<LimitsOptions> options) : IDisposable
{
    private readonly PartitionedRateLimiter<string> requests = PartitionedRateLimiter.Create<string, string>(client =>
        RateLimitPartition.GetSlidingWindowLimiter(client, _ => ClientPartition.PerMinute(options.Value.MediaRequestsPerClientPerMinute)));

    private readonly PartitionedRateLimiter<string> variants = PartitionedRateLimiter.Create<string, string>(client =>
        RateLimitPartition.GetSlidingWindowLimiter(client, _ => ClientPartition.PerMinute(options.Value.MediaVariantsPerClientPerMinute)));

    public bool TryRequest(HttpContext http) => Try(requests, http);

    public bool TryNewVariant(HttpContext http) => Try(variants, http);

    public void Dispose()
    {
        requests.Dispose();
        variants.Dispose();
    }

    private static bool Try(PartitionedRateLimiter<string> limiter, HttpContext http)
    {
        using var lease = limiter.AttemptAcquire(ClientPartition.Of(http));
        if (!lease.IsAcquired)
        {
            http.Response.Headers.RetryAfter = "60";
        }

        return lease.IsAcquired;
    }
}
