namespace Participation.Cms.Security;

/// <summary>
/// Bound from <c>Cms:Limits</c>: every size and rate limit the site puts on requests, in one place, so an operator
/// reads and tunes them together. Kestrel, form reading and the limiters take their values from here.
/// </summary>
public sealed class LimitsOptions
{
    /// <summary>Sign-in attempts one client (an IPv4 address or an IPv6 /64) may make per <see cref="SignInWindow"/>, whatever the names.</summary>
    public int SignInAttemptsPerClient { get; set; } = 20;

    /// <summary>Wrong passwords one client may give for one typed name per <see cref="SignInWindow"/>.</summary>
    public int SignInFailuresPerName { get; set; } = 5;

    public TimeSpan SignInWindow { get; set; } = TimeSpan.FromMinutes(15);
}
