using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Participation.Cms.Backoffice.Security;
using Participation.Web.Tests.Infrastructure;

namespace Participation.Web.Tests.Backoffice;

/// <summary>
/// Two-step sign-in with an authenticator app. Codes are computed with Otp.NET from the key the page shows, as a phone
/// app would, on the site's clock (<see cref="AuthenticatorApps"/>).
/// </summary>
public sealed partial class TwoFactorTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    private readonly AuthenticatorApps apps = new(site.Clock);

    [Fact]
    public async Task AnEditorTurnsOnTwoStepSignInWithACodeFromTheirAuthenticatorApp()
    {
        var (name, session) = await SignInWithPasswordAsync();
        Assert.Contains("on <strong>pois käytöstä</strong>", await PageAsync(session, "/umbraco/account"));

        var setup = await HtmlAsync(await session.PostFormAsync("/umbraco/account", [], "/umbraco/account?handler=Start"));
        var key = SharedKey(setup);
        Assert.Matches("^[A-Z2-7]{32}$", key);
        Assert.Contains($"otpauth://totp/Participation.Site:{name}?secret={key}&issuer=Participation.Site&digits=6", setup);
        Assert.Contains("autocomplete=\"one-time-code\"", setup);

        var wrong = await HtmlAsync(await VerifyAsync(session, WrongCode(key)));
        Assert.Contains("Koodi ei täsmää.", wrong);
        Assert.Contains("aria-describedby=\"field-code-hint field-code-error\"", wrong);
        Assert.Equal(key, SharedKey(wrong));
        Assert.False(await TwoFactorEnabledAsync(name));

        // The right code from whoever holds only the session is not enough: the password too (ASVS 7.5.1).
        // The code is checked only with the right password, so the same code still works after a mistyped password.
        var code = NextCode(key);
        var noPassword = await HtmlAsync(await VerifyAsync(session, code, password: ""));
        Assert.Contains("Anna nykyinen salasana.", noPassword);
        var wrongPassword = await HtmlAsync(await VerifyAsync(session, code, password: "ei tämä salasana"));
        Assert.Contains("Nykyinen salasana on väärä.", wrongPassword);
        Assert.Contains("aria-describedby=\"field-twoFactorPassword-error\"", wrongPassword);
        Assert.Equal(key, SharedKey(wrongPassword));
        Assert.False(await TwoFactorEnabledAsync(name));

        var accepted = await HtmlAsync(await VerifyAsync(session, code));
        Assert.Contains("Kaksivaiheinen kirjautuminen on nyt käytössä.", accepted);
        Assert.Equal(10, RecoveryCodes(accepted).Distinct().Count());
        Assert.True(await TwoFactorEnabledAsync(name));

        var account = await PageAsync(session, "/umbraco/account");
        Assert.Contains("on <strong>käytössä</strong>", account);
        Assert.Contains("Varakoodeja jäljellä: 10", account);
        Assert.DoesNotContain("shared-key", account);
    }

    [Fact]
    public async Task WithTwoStepSignInOnThePasswordAloneStopsAtTheCodeStepAndTheAppCodeSignsIn()
    {
        var (name, key, _) = await EnableAsync();
        var visitor = new BackofficeSession(BackofficeSession.NewClient(site));
        Assert.Equal("/umbraco/login", (await visitor.Client.GetAsync("/umbraco/login/2fa")).Headers.Location?.OriginalString);

        var password = await PasswordAsync(visitor, name);
        Assert.Equal("/umbraco/login/2fa?returnUrl=%2Fumbraco", password.Headers.Location?.OriginalString);
        Assert.Equal("/umbraco/login", (await visitor.Client.GetAsync("/umbraco")).Headers.Location?.AbsolutePath);

        var wrong = await visitor.PostFormAsync("/umbraco/login/2fa", new() { ["code"] = WrongCode(key), ["returnUrl"] = "/umbraco" });
        Assert.Contains("Koodi on väärä tai vanhentunut.", await HtmlAsync(wrong));

        var code = NextCode(key);
        var right = await visitor.PostFormAsync("/umbraco/login/2fa", new() { ["code"] = code[..3] + " " + code[3..], ["returnUrl"] = "/umbraco" });
        Assert.Equal("/umbraco", right.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.OK, (await visitor.Client.GetAsync("/umbraco")).StatusCode);

        // The code step, not the password step, started the session the account page lists (ASVS 7.5.2).
        var sessions = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await visitor.Client.GetStringAsync("/umbraco/account")).QuerySelectorAll("table tbody tr");
        Assert.Contains("(salasana ja koodi)", Assert.Single(sessions, row => row.TextContent.Contains("(tämä kirjautuminen)", StringComparison.Ordinal)).TextContent);
    }

    [Fact]
    public async Task ARecoveryCodeSignsInOnceAndNotASecondTime()
    {
        var (name, _, codes) = await EnableAsync();

        var first = new BackofficeSession(BackofficeSession.NewClient(site));
        await PasswordAsync(first, name);
        var used = await first.PostFormAsync("/umbraco/login/2fa", new() { ["recoveryCode"] = codes[0], ["returnUrl"] = "/umbraco" }, "/umbraco/login/2fa?handler=Recovery");
        Assert.Equal("/umbraco", used.Headers.Location?.OriginalString);
        Assert.Contains("Varakoodeja jäljellä: 9", await PageAsync(first, "/umbraco/account"));

        var second = new BackofficeSession(BackofficeSession.NewClient(site));
        await PasswordAsync(second, name);
        var again = await second.PostFormAsync("/umbraco/login/2fa", new() { ["recoveryCode"] = codes[0], ["returnUrl"] = "/umbraco" }, "/umbraco/login/2fa?handler=Recovery");
        Assert.Contains("Varakoodi on väärä tai jo käytetty.", await HtmlAsync(again));
        Assert.Equal("/umbraco/login", (await second.Client.GetAsync("/umbraco")).Headers.Location?.AbsolutePath);
    }

    [Fact]
    public async Task FiveWrongCodesOfEitherKindLockTheAccountSoEvenTheRightCodeIsRefused()
    {
        var (name, key, _) = await EnableAsync();
        var attacker = new BackofficeSession(BackofficeSession.NewClient(site));
        await PasswordAsync(attacker, name);
        for (var i = 0; i < 3; i++)
        {
            await attacker.PostFormAsync("/umbraco/login/2fa", new() { ["code"] = WrongCode(key), ["returnUrl"] = "/umbraco" });
        }

        for (var i = 0; i < 2; i++)
        {
            await attacker.PostFormAsync("/umbraco/login/2fa", new() { ["recoveryCode"] = $"AAAAA-AAAA{i}", ["returnUrl"] = "/umbraco" }, "/umbraco/login/2fa?handler=Recovery");
        }

        var right = await attacker.PostFormAsync("/umbraco/login/2fa", new() { ["code"] = NextCode(key), ["returnUrl"] = "/umbraco" });
        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
        Assert.Contains("Tunnus on lukittu", await HtmlAsync(right));
    }

    [Fact]
    public async Task TurningTwoStepSignInOffRestoresSignInWithThePasswordAlone()
    {
        var (name, key, _) = await EnableAsync();
        var owner = new BackofficeSession(BackofficeSession.NewClient(site));
        await PasswordAsync(owner, name);
        await owner.PostFormAsync("/umbraco/login/2fa", new() { ["code"] = NextCode(key), ["returnUrl"] = "/umbraco" });

        var off = await HtmlAsync(await DisableAsync(owner, NextCode(key)));
        Assert.Contains("on <strong>pois käytöstä</strong>", off);
        Assert.False(await TwoFactorEnabledAsync(name));
        Assert.Equal(HttpStatusCode.OK, (await owner.Client.GetAsync("/umbraco/account")).StatusCode);

        var later = new BackofficeSession(BackofficeSession.NewClient(site));
        Assert.Equal("/umbraco", (await PasswordAsync(later, name)).Headers.Location?.OriginalString);
        var again = await HtmlAsync(await later.PostFormAsync("/umbraco/account", [], "/umbraco/account?handler=Start"));
        Assert.NotEqual(key, SharedKey(again));
    }

    [Fact]
    public async Task TurningTwoStepSignInOffNeedsThePasswordAndACodeAgain()
    {
        var (name, key, codes) = await EnableAsync();
        var owner = new BackofficeSession(BackofficeSession.NewClient(site));
        await PasswordAsync(owner, name);
        await owner.PostFormAsync("/umbraco/login/2fa", new() { ["code"] = NextCode(key), ["returnUrl"] = "/umbraco" });

        var account = await PageAsync(owner, "/umbraco/account");
        Assert.Contains("name=\"twoFactorPassword\"", account);
        Assert.Contains("name=\"disableCode\"", account);

        // The session alone.
        var bare = await HtmlAsync(await owner.PostFormAsync("/umbraco/account", [], "/umbraco/account?handler=Disable"));
        Assert.Contains("Anna nykyinen salasana.", bare);
        Assert.True(await TwoFactorEnabledAsync(name));

        // The session and the right code, but a wrong password.
        var wrongPassword = await HtmlAsync(await DisableAsync(owner, NextCode(key), "ei tämä salasana"));
        Assert.Contains("Nykyinen salasana on väärä.", wrongPassword);
        Assert.Contains("aria-describedby=\"field-twoFactorPassword-error\"", wrongPassword);
        Assert.True(await TwoFactorEnabledAsync(name));

        // The session and the password (a leaked one), but no code or a wrong one.
        Assert.Contains("Anna sovelluksen näyttämä koodi tai yksi varakoodeistasi.", await HtmlAsync(await DisableAsync(owner, "")));
        var wrongCode = await HtmlAsync(await DisableAsync(owner, WrongCode(key)));
        Assert.Contains("Koodi on väärä, vanhentunut tai jo käytetty.", wrongCode);
        Assert.Contains("aria-describedby=\"field-disableCode-hint field-disableCode-error\"", wrongCode);
        Assert.Contains("Koodi on väärä, vanhentunut tai jo käytetty.", await HtmlAsync(await DisableAsync(owner, "AAAAA-AAAAA")));
        Assert.True(await TwoFactorEnabledAsync(name));
        Assert.Equal(3, await AccessFailedCountAsync(name)); // the wrong password and the two wrong codes count towards the sign-in lockout

        // Both: a recovery code stands in for the app (a lost phone).
        var off = await HtmlAsync(await DisableAsync(owner, codes[0]));
        Assert.Contains("on <strong>pois käytöstä</strong>", off);
        Assert.False(await TwoFactorEnabledAsync(name));
        Assert.Equal(0, await AccessFailedCountAsync(name));
    }

    [Fact]
    public async Task TurningTwoStepSignInOnOrOffEndsTheEditorsOtherSessionsAndKeepsThisOne()
    {
        var (name, session) = await SignInWithPasswordAsync();
        var key = SharedKey(await HtmlAsync(await session.PostFormAsync("/umbraco/account", [], "/umbraco/account?handler=Start")));
        var elsewhere = new BackofficeSession(BackofficeSession.NewClient(site));
        Assert.Equal("/umbraco", (await PasswordAsync(elsewhere, name)).Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.OK, (await elsewhere.Client.GetAsync("/umbraco")).StatusCode);

        Assert.Contains("Kaksivaiheinen kirjautuminen on nyt käytössä.", await HtmlAsync(await VerifyAsync(session, NextCode(key))));
        Assert.Equal(HttpStatusCode.OK, (await session.Client.GetAsync("/umbraco")).StatusCode);
        Assert.Equal("/umbraco/login", (await elsewhere.Client.GetAsync("/umbraco")).Headers.Location?.AbsolutePath);

        var again = new BackofficeSession(BackofficeSession.NewClient(site));
        await PasswordAsync(again, name);
        Assert.Equal("/umbraco", (await again.PostFormAsync("/umbraco/login/2fa", new() { ["code"] = NextCode(key), ["returnUrl"] = "/umbraco" })).Headers.Location?.OriginalString);
        Assert.Contains("on <strong>pois käytöstä</strong>", await HtmlAsync(await DisableAsync(session, NextCode(key))));
        Assert.Equal(HttpStatusCode.OK, (await session.Client.GetAsync("/umbraco")).StatusCode);
        Assert.Equal("/umbraco/login", (await again.Client.GetAsync("/umbraco")).Headers.Location?.AbsolutePath);
    }

    [Fact]
    public async Task AnEditorChangesTheirPasswordOnlyWithTheCurrentOne()
    {
        var (name, session) = await SignInWithPasswordAsync();
        const string newPassword = "Syksyn lehdet putoavat Porvoossa";

        var wrong = await session.PostFormAsync("/umbraco/account", new() { ["currentPassword"] = "ei tämä", ["newPassword"] = newPassword }, "/umbraco/account?handler=Password");
        Assert.Contains("Nykyinen salasana on väärä.", await HtmlAsync(wrong));

        var changed = await session.PostFormAsync("/umbraco/account", new() { ["currentPassword"] = BackofficeSession.Password, ["newPassword"] = newPassword }, "/umbraco/account?handler=Password");
        Assert.Contains("Salasana on vaihdettu.", await HtmlAsync(changed));
        Assert.Equal(HttpStatusCode.OK, (await session.Client.GetAsync("/umbraco")).StatusCode);

        var later = new BackofficeSession(BackofficeSession.NewClient(site));
        Assert.Equal(HttpStatusCode.OK, (await PasswordAsync(later, name)).StatusCode);
        Assert.Equal("/umbraco", (await PasswordAsync(later, name, newPassword)).Headers.Location?.OriginalString);
    }

    /// <summary>A fresh editor who has turned two-step sign-in on; returns the key their app holds and their recovery codes.</summary>
    private async Task<(string Name, string Key, List<string> RecoveryCodes)> EnableAsync()
    {
        var (name, session) = await SignInWithPasswordAsync();
        var key = SharedKey(await HtmlAsync(await session.PostFormAsync("/umbraco/account", [], "/umbraco/account?handler=Start")));
        var codes = RecoveryCodes(await HtmlAsync(await VerifyAsync(session, NextCode(key))));
        Assert.Equal(10, codes.Count);
        return (name, key, codes);
    }

    private async Task<(string Name, BackofficeSession Session)> SignInWithPasswordAsync()
    {
        var name = await BackofficeSession.CreateUserAsync(site, BackofficeRoles.Editor);
        var session = new BackofficeSession(BackofficeSession.NewClient(site));
        Assert.Equal("/umbraco", (await PasswordAsync(session, name)).Headers.Location?.OriginalString);
        return (name, session);
    }

    private static Task<HttpResponseMessage> PasswordAsync(BackofficeSession session, string name, string password = BackofficeSession.Password) =>
        session.PostFormAsync("/umbraco/login", new() { ["userName"] = name, ["password"] = password });

    private static Task<HttpResponseMessage> VerifyAsync(BackofficeSession session, string code, string password = BackofficeSession.Password) =>
        session.PostFormAsync("/umbraco/account", new() { ["code"] = code, ["twoFactorPassword"] = password }, "/umbraco/account?handler=Verify");

    private static Task<HttpResponseMessage> DisableAsync(BackofficeSession session, string code, string password = BackofficeSession.Password) =>
        session.PostFormAsync("/umbraco/account", new() { ["twoFactorPassword"] = password, ["disableCode"] = code }, "/umbraco/account?handler=Disable");

    private async Task<int> AccessFailedCountAsync(string name)
    {
        using var scope = site.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<BackofficeUser>>();
        return await users.GetAccessFailedCountAsync((await users.FindByNameAsync(name))!);
    }

    private async Task<bool> TwoFactorEnabledAsync(string name)
    {
        using var scope = site.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<BackofficeUser>>();
        return (await users.FindByNameAsync(name))!.TwoFactorEnabled;
    }

    private string NextCode(string key) => apps.NextCode(key);

    private string WrongCode(string key) => apps.WrongCode(key);

    private static async Task<string> PageAsync(BackofficeSession session, string path) => WebUtility.HtmlDecode(await session.Client.GetStringAsync(path));

    private static async Task<string> HtmlAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
    }

    private static string SharedKey(string html) => AuthenticatorApps.SharedKey(html);

    private static List<string> RecoveryCodes(string html) => AuthenticatorApps.RecoveryCodes(html);
}
