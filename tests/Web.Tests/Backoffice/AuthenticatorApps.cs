using System.Text.RegularExpressions;
using OtpNet;
using Participation.Web.Tests.Infrastructure;

namespace Participation.Web.Tests.Backoffice;

/// <summary>
/// The phone apps of a test's users, computing codes with Otp.NET from the key the page showed, on the site's clock. The
/// site takes each 30 s step's code once and accepts only now and the step before, so a test that needs another code
/// moves the site's clock to the next step instead of waiting for it.
/// </summary>
public sealed partial class AuthenticatorApps(TestClock clock)
{
    private readonly Dictionary<string, long> lastSteps = [];

    public long CurrentStep => clock.GetUtcNow().ToUnixTimeSeconds() / 30;

    /// <summary>The code the app shows next: now's, or the next step's (the clock moved on) when now's was given out already.</summary>
    public string NextCode(string key)
    {
        var now = CurrentStep;
        var step = Math.Max(now, lastSteps.GetValueOrDefault(key) + 1);
        clock.Advance(TimeSpan.FromSeconds(30 * (step - now)));
        lastSteps[key] = step;
        return CodeAt(key, step);
    }

    public static string CodeAt(string key, long step) =>
        new Totp(Base32Encoding.ToBytes(key)).ComputeTotp(DateTimeOffset.FromUnixTimeSeconds(step * 30).UtcDateTime);

    /// <summary>A six-digit code that is no step's code within a few steps of now.</summary>
    public string WrongCode(string key)
    {
        var near = Enumerable.Range(-4, 9).Select(offset => CodeAt(key, CurrentStep + offset)).ToHashSet();
        return Enumerable.Range(0, 20).Select(i => ((int.Parse(near.First()) + 1 + i) % 1_000_000).ToString("D6")).First(code => !near.Contains(code));
    }

    /// <summary>The key the account page shows while the app is being added, without its spaces.</summary>
    public static string SharedKey(string html) => SharedKeyElement().Match(html) is { Success: true } match
        ? match.Groups[1].Value.Replace(" ", "", StringComparison.Ordinal)
        : throw new Xunit.Sdk.XunitException("the page shows no shared key");

    public static List<string> RecoveryCodes(string html) => [.. RecoveryCodeElement().Matches(html).Select(m => m.Groups[1].Value)];

    [GeneratedRegex("<code id=\"shared-key\">([^<]+)</code>")]
    private static partial Regex SharedKeyElement();

    [GeneratedRegex("<code class=\"recovery-code\">([^<]+)</code>")]
    private static partial Regex RecoveryCodeElement();
}
