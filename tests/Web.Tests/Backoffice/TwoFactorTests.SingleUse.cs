using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Participation.Cms.Persistence;

namespace Participation.Web.Tests.Backoffice;

/// <summary>Codes are spent once (ASVS 6.5.1) and recovery codes are stored hashed (ASVS 6.5.2).</summary>
public sealed partial class TwoFactorTests
{
    [Fact]
    public async Task AnAppCodeSignsInOnceAndIsRefusedTheSecondTimeWhileALaterCodeStillWorks()
    {
        var (name, key, _) = await EnableAsync();
        var code = NextCode(key);

        var first = new BackofficeSession(BackofficeSession.NewClient(site));
        await PasswordAsync(first, name);
        Assert.Equal("/umbraco", (await first.PostFormAsync("/umbraco/login/2fa", new() { ["code"] = code, ["returnUrl"] = "/umbraco" })).Headers.Location?.OriginalString);

        // Inside Identity's window the same code would be accepted again; here it is spent.
        var replay = new BackofficeSession(BackofficeSession.NewClient(site));
        await PasswordAsync(replay, name);
        var again = await replay.PostFormAsync("/umbraco/login/2fa", new() { ["code"] = code, ["returnUrl"] = "/umbraco" });
        Assert.Contains("Koodi on väärä tai vanhentunut.", await HtmlAsync(again));
        Assert.Equal("/umbraco/login", (await replay.Client.GetAsync("/umbraco")).Headers.Location?.AbsolutePath);

        var later = await replay.PostFormAsync("/umbraco/login/2fa", new() { ["code"] = NextCode(key), ["returnUrl"] = "/umbraco" });
        Assert.Equal("/umbraco", later.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.OK, (await replay.Client.GetAsync("/umbraco")).StatusCode);
    }

    [Fact]
    public async Task TheCodeThatSignedInCannotAlsoTurnTwoStepSignInOff()
    {
        var (name, key, _) = await EnableAsync();
        var code = NextCode(key);
        var owner = new BackofficeSession(BackofficeSession.NewClient(site));
        await PasswordAsync(owner, name);
        Assert.Equal("/umbraco", (await owner.PostFormAsync("/umbraco/login/2fa", new() { ["code"] = code, ["returnUrl"] = "/umbraco" })).Headers.Location?.OriginalString);

        Assert.Contains("Koodi on väärä, vanhentunut tai jo käytetty.", await HtmlAsync(await DisableAsync(owner, code)));
        Assert.True(await TwoFactorEnabledAsync(name));
        Assert.Contains("on <strong>pois käytöstä</strong>", await HtmlAsync(await DisableAsync(owner, NextCode(key))));
    }

    [Fact]
    public async Task OfTwoSignInsWithTheSameCodeAtOnceOnlyOneGetsIn()
    {
        var (name, key, _) = await EnableAsync();
        var code = NextCode(key);
        var sessions = Enumerable.Range(0, 2).Select(_ => new BackofficeSession(BackofficeSession.NewClient(site))).ToList();
        foreach (var session in sessions)
        {
            await PasswordAsync(session, name);
        }

        var answers = await Task.WhenAll(sessions.Select(session =>
            session.PostFormAsync("/umbraco/login/2fa", new() { ["code"] = code, ["returnUrl"] = "/umbraco" })));
        Assert.Single(answers, answer => answer.Headers.Location?.OriginalString == "/umbraco");
    }

    [Fact]
    public async Task RecoveryCodesAreStoredHashedAndStillSignInOnce()
    {
        var (name, _, codes) = await EnableAsync();

        var stored = await StoredRecoveryCodesAsync(name);
        Assert.Equal(10, stored.Split(';').Length);
        Assert.All(codes, code => Assert.DoesNotContain(code, stored, StringComparison.OrdinalIgnoreCase));
        Assert.All(codes, code => Assert.DoesNotContain(code.Replace("-", "", StringComparison.Ordinal), stored, StringComparison.OrdinalIgnoreCase));

        var visitor = new BackofficeSession(BackofficeSession.NewClient(site));
        await PasswordAsync(visitor, name);
        var used = await visitor.PostFormAsync("/umbraco/login/2fa", new() { ["recoveryCode"] = codes[3].ToLowerInvariant(), ["returnUrl"] = "/umbraco" }, "/umbraco/login/2fa?handler=Recovery");
        Assert.Equal("/umbraco", used.Headers.Location?.OriginalString);
        Assert.Equal(9, (await StoredRecoveryCodesAsync(name)).Split(';').Length);

        var replay = new BackofficeSession(BackofficeSession.NewClient(site));
        await PasswordAsync(replay, name);
        var again = await replay.PostFormAsync("/umbraco/login/2fa", new() { ["recoveryCode"] = codes[3], ["returnUrl"] = "/umbraco" }, "/umbraco/login/2fa?handler=Recovery");
        Assert.Contains("Varakoodi on väärä tai jo käytetty.", await HtmlAsync(again));
    }

    /// <summary>The row as anyone with a copy of the database would read it.</summary>
    private async Task<string> StoredRecoveryCodesAsync(string name)
    {
        using var scope = site.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<CmsDbContext>();
        var userId = await db.Users.Where(u => u.UserName == name).Select(u => u.Id).SingleAsync();
        return await db.UserTokens.Where(t => t.UserId == userId && t.Name == "RecoveryCodes").Select(t => t.Value).SingleAsync() ?? "";
    }
}
