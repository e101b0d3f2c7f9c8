using System.Net;
using System.Text.RegularExpressions;

namespace Participation.Web.Tests.Backoffice.OpenIdConnect;

/// <summary>The browser's part of a sign-in with the in-process provider, played by hand so each hop can be checked.</summary>
public static partial class ProviderRound
{
    /// <summary>The whole round: the sign-in button, the provider, the callback; returns the browser and the site's answer on its external sign-in page.</summary>
    public static async Task<(HttpClient Browser, HttpResponseMessage External)> SignInAsync(OpenIdConnectSite oidc)
    {
        var (browser, _) = oidc.NewBrowser();
        var callback = await AuthorizeAsync(oidc, await StartAsync(browser));
        var returned = await browser.PostAsync(callback.Action, new FormUrlEncodedContent(callback.Fields));
        return (browser, await browser.GetAsync(returned.Headers.Location));
    }

    /// <summary>The sign-in button: posts the login page's external-login form and returns where the site sends the browser.</summary>
    public static async Task<Uri> StartAsync(HttpClient browser)
    {
        var session = new BackofficeSession(browser);
        var challenge = await session.PostFormAsync("/umbraco/login", new() { ["returnUrl"] = "/umbraco" }, "/umbraco/login?handler=External");
        Assert.Equal(HttpStatusCode.Redirect, challenge.StatusCode);
        return challenge.Headers.Location!;
    }

    /// <summary>The browser at the provider: the user is known there, so it answers with the form that posts code and state back to the site.</summary>
    public static async Task<(string Action, Dictionary<string, string> Fields)> AuthorizeAsync(OpenIdConnectSite oidc, Uri authorize)
    {
        var response = await oidc.Provider.CreateBrowser().GetAsync(authorize);
        var html = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{(int)response.StatusCode} from the provider: {html}");
        var action = WebUtility.HtmlDecode(FormAction().Match(html).Groups[1].Value);
        Assert.Equal(OpenIdConnectSite.CallbackUri.ToString(), action);
        var fields = HiddenField().Matches(html).ToDictionary(m => WebUtility.HtmlDecode(m.Groups[1].Value), m => WebUtility.HtmlDecode(m.Groups[2].Value));
        Assert.True(fields.ContainsKey("code") && fields.ContainsKey("state"), html);
        return (action, fields);
    }

    [GeneratedRegex("<form[^>]*action=\"([^\"]+)\"")]
    private static partial Regex FormAction();

    [GeneratedRegex("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\"")]
    private static partial Regex HiddenField();
}
