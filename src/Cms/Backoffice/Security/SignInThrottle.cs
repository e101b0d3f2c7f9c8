using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using Participation.Cms.Security;

namespace Participation.Cms.Backoffice.Security;

/// <summary>
/// Throttles password sign-in by client, never by account. Identity's account lockout let anyone who knew a user name
/// keep that account locked with five wrong passwords, and showed "locked" only for names that exist. Here a client
/// may give <see cref="LimitsOptions.SignInFailuresPerClient"/> wrong passwords per window over all names, and
/// <see cref="LimitsOptions.SignInFailuresPerName"/> per typed name. Only failures count, so an office where thirty
/// editors sign in through one address is not held back. Names count as typed, never as the account they may belong
/// to, so the answers are the same for real and unknown names (counting by account would pause "aino" after three
/// tries by name and two by e-mail, but not an unknown name: an oracle). The real user, on another connection, is
/// never paused by someone else's failures. Guessing from many clients at once is bounded by
/// the password rules (length, breached list) and by two-step sign-in, whose wrong codes do lock the account: only
/// someone who already has the password can reach that step. Counts live in memory on each node.
/// </summary>
public sealed class SignInThrottle(IOptions<LimitsOptions> options) : IDisposable
{
    private readonly PartitionedRateLimiter<string> clientFailures = PartitionedRateLimiter.Create<string, string>(client =>
        RateLimitPartition.GetSlidingWindowLimiter(client, _ => Window(options.Value.SignInFailuresPerClient, options.Value.SignInWindow)));

    private readonly PartitionedRateLimiter<string> nameFailures = PartitionedRateLimiter.Create<string, string>(clientAndName =>
        RateLimitPartition.GetSlidingWindowLimiter(clientAndName, _ => Window(options.Value.SignInFailuresPerName, options.Value.SignInWindow)));

    public TimeSpan RetryAfter => options.Value.SignInWindow;

    /// <summary>True when this client may try this name now; false sets <c>Retry-After</c>.</summary>
    public bool TryBegin(HttpContext http, string userName)
    {
        // Asking for no permits only looks: the counts grow in Failed, not here.
        using var byName = nameFailures.AttemptAcquire(Key(http, userName), 0);
        using var byClient = byName.IsAcquired ? clientFailures.AttemptAcquire(ClientPartition.Of(http), 0) : null;
        if (byClient is { IsAcquired: true })
        {
            return true;
        }

        http.Response.Headers.RetryAfter = ((int)RetryAfter.TotalSeconds).ToString(System.Globalization.CultureInfo.InvariantCulture);
        return false;
    }

    public void Failed(HttpContext http, string userName)
    {
        nameFailures.AttemptAcquire(Key(http, userName)).Dispose();
        clientFailures.AttemptAcquire(ClientPartition.Of(http)).Dispose();
    }

    public void Dispose()
    {
        clientFailures.Dispose();
        nameFailures.Dispose();
    }

    private static string Key(HttpContext http, string userName) => ClientPartition.Of(http) + "\n" + userName.Trim().ToUpperInvariant();

    private static SlidingWindowRateLimiterOptions Window(int permits, TimeSpan window) => new()
    {
        PermitLimit = Math.Max(1, permits),
        Window = window,
        SegmentsPerWindow = 5,
        QueueLimit = 0,
    };
}
