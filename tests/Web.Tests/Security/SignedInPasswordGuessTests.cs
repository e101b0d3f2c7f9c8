using System.Net;
using Participation.Cms.Backoffice.Security;
using Participation.Web.Tests.Backoffice;
using Participation.Web.Tests.Infrastructure;

namespace Participation.Web.Tests.Security;

/// <summary>
/// Whoever holds only a stolen session cannot use the forms that ask for the current password to guess it: wrong ones
/// there count as failed sign-ins of the account, and five of them, on any of the forms, lock it for 15 minutes.
/// </summary>
public sealed class SignedInPasswordGuessTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    private const string Account = "/umbraco/account";
    private const string NewPassword = "Syksyn lehdet putoavat Porvoossa";

    [Fact]
    public async Task FiveWrongCurrentPasswordsOnTheAccountFormsLockTheAccountSoTheRightOneIsRefusedToo()
    {
        var name = await BackofficeSession.CreateUserAsync(site, BackofficeRoles.Editor);
        var thief = await BackofficeSession.SignInAsAsync(site, name);

        for (var i = 0; i < 3; i++)
        {
            Assert.Contains("Nykyinen salasana on väärä.", await HtmlAsync(await ChangePasswordAsync(thief, $"arvaus numero {i}")));
        }

        await thief.PostFormAsync(Account, [], Account + "?handler=Start");
        Assert.Contains("Nykyinen salasana on väärä.", await HtmlAsync(await thief.PostFormAsync(Account, new() { ["code"] = "123456", ["twoFactorPassword"] = "arvaus numero 3" }, Account + "?handler=Verify")));
        Assert.Contains("Tunnus on lukittu", await HtmlAsync(await thief.PostFormAsync(Account, new() { ["code"] = "123456", ["twoFactorPassword"] = "arvaus numero 4" }, Account + "?handler=Verify")));

        // The fifth was the last guess: the right password is refused now, here and at the sign-in page.
        Assert.Contains("Tunnus on lukittu", await HtmlAsync(await ChangePasswordAsync(thief, BackofficeSession.Password)));
        var owner = new BackofficeSession(BackofficeSession.NewClient(site));
        var signIn = await owner.PostFormAsync("/umbraco/login", new() { ["userName"] = name, ["password"] = BackofficeSession.Password });
        Assert.Contains("Tunnus on lukittu", await HtmlAsync(signIn));
    }

    private static Task<HttpResponseMessage> ChangePasswordAsync(BackofficeSession session, string current) =>
        session.PostFormAsync(Account, new() { ["currentPassword"] = current, ["newPassword"] = NewPassword }, Account + "?handler=Password");

    private static async Task<string> HtmlAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
    }
}
