using System.Net;
using Participation.Cms.Backoffice.Security;
using Participation.Web.Tests.Backoffice;
using Participation.Web.Tests.Infrastructure;

namespace Participation.Web.Tests.Security;

/// <summary>ASVS 7.4.1 and 14.3.1: signing out ends the session on the server, not only in this browser, and clears the browser's data.</summary>
public sealed class SignOutTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    [Fact]
    public async Task SigningOutEndsTheSessionOnTheServerAndClearsTheBrowser()
    {
        var name = await BackofficeSession.CreateUserAsync(site, BackofficeRoles.Editor);
        var here = await BackofficeSession.SignInAsAsync(site, name);
        var copy = await BackofficeSession.SignInAsAsync(site, name); // as good as a copied cookie: same user, same stamp
        Assert.Equal(HttpStatusCode.OK, (await copy.Client.GetAsync("/umbraco")).StatusCode);

        var signedOut = await here.PostFormAsync("/umbraco", [], "/umbraco/logout");

        Assert.Equal(HttpStatusCode.Redirect, signedOut.StatusCode);
        Assert.Equal("\"cache\", \"cookies\", \"storage\"", string.Join(", ", signedOut.Headers.GetValues("Clear-Site-Data")));
        var after = await copy.Client.GetAsync("/umbraco");
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.Equal("/umbraco/login", after.Headers.Location?.AbsolutePath);
        var again = await BackofficeSession.SignInAsAsync(site, name); // signing in again still works
        Assert.Equal(HttpStatusCode.OK, (await again.Client.GetAsync("/umbraco")).StatusCode);
    }
}
