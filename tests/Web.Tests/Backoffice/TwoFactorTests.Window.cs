namespace Participation.Web.Tests.Backoffice;

/// <summary>How long an app code is good for (ASVS 6.5.5): its own 30 s step and the one after, no longer.</summary>
public sealed partial class TwoFactorTests
{
    [Fact]
    public async Task OnlyTheCurrentAndThePreviousStepsCodesSignInNotOlderOnesNorTheNextOne()
    {
        var (name, key, _) = await EnableAsync();

        // Well after enrolment, so no step tried here was spent by it.
        site.Clock.Advance(TimeSpan.FromMinutes(5));
        var now = apps.CurrentStep;
        var visitor = new BackofficeSession(BackofficeSession.NewClient(site));
        await PasswordAsync(visitor, name);

        foreach (var refused in new[] { now - 2, now - 3, now + 1 })
        {
            var answer = await visitor.PostFormAsync("/umbraco/login/2fa", new() { ["code"] = AuthenticatorApps.CodeAt(key, refused), ["returnUrl"] = "/umbraco" });
            Assert.Contains("Koodi on väärä tai vanhentunut.", await HtmlAsync(answer));
        }

        var previous = await visitor.PostFormAsync("/umbraco/login/2fa", new() { ["code"] = AuthenticatorApps.CodeAt(key, now - 1), ["returnUrl"] = "/umbraco" });
        Assert.Equal("/umbraco", previous.Headers.Location?.OriginalString);

        // Now's code is accepted too (by another sign-in: each step's code once).
        var other = new BackofficeSession(BackofficeSession.NewClient(site));
        await PasswordAsync(other, name);
        var current = await other.PostFormAsync("/umbraco/login/2fa", new() { ["code"] = AuthenticatorApps.CodeAt(key, now), ["returnUrl"] = "/umbraco" });
        Assert.Equal("/umbraco", current.Headers.Location?.OriginalString);
    }
}
