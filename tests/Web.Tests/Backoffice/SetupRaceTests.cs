using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Participation.Cms.Backoffice.Security;
using Participation.Web.Tests.Infrastructure;

namespace Participation.Web.Tests.Backoffice;

/// <summary>Found by a security review: six posts sent together with the one-time setup link created six admins.</summary>
public sealed class SetupRaceTests
{
    [Fact]
    public async Task PostsSentTogetherWithTheSetupLinkCreateOneAdmin()
    {
        await using var site = new SiteFactory();
        var page = $"/umbraco/setup?token={await site.Services.GetRequiredService<FirstAdminSetup>().EnsureTokenAsync()}";

        // Every browser has the form open first; then all six send it at once.
        var forms = new List<(HttpClient Client, string Token)>();
        for (var i = 0; i < 6; i++)
        {
            var client = BackofficeSession.NewClient(site);
            forms.Add((client, await AntiforgeryTokenAsync(client, page)));
        }

        var responses = await Task.WhenAll(forms.Select((form, i) => form.Client.PostAsync(page, Fields(form.Token, $"admin{i}", $"Ylläpitäjä {i}"))));

        Assert.Equal(1, await CountUsersAsync(site));
        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.Redirect);
        Assert.All(responses.Where(r => r.StatusCode != HttpStatusCode.Redirect), r => Assert.Equal(HttpStatusCode.NotFound, r.StatusCode));
    }

    [Fact]
    public async Task AFormWithErrorsKeepsTheSetupLinkForTheCorrectedForm()
    {
        await using var site = new SiteFactory();
        var page = $"/umbraco/setup?token={await site.Services.GetRequiredService<FirstAdminSetup>().EnsureTokenAsync()}";
        var client = BackofficeSession.NewClient(site);

        var first = await client.PostAsync(page, Fields(await AntiforgeryTokenAsync(client, page), "admin", displayName: ""));
        var second = await client.PostAsync(page, Fields(await AntiforgeryTokenAsync(client, page), "admin", "Ylläpitäjä"));

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, second.StatusCode);
        Assert.Equal(1, await CountUsersAsync(site));
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(page)).StatusCode);
    }

    private static FormUrlEncodedContent Fields(string antiforgery, string userName, string displayName) => new(new Dictionary<string, string>
    {
        ["__RequestVerificationToken"] = antiforgery,
        ["displayName"] = displayName,
        ["userName"] = userName,
        ["email"] = $"{userName}@example.fi",
        ["password"] = BackofficeSession.Password,
    });

    private static async Task<string> AntiforgeryTokenAsync(HttpClient client, string page)
    {
        var html = await BackofficeSession.OpenAsync(client, page);
        var token = Regex.Match(html, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
        Assert.False(string.IsNullOrEmpty(token), $"{page} has no antiforgery token");
        return WebUtility.HtmlDecode(token);
    }

    private static async Task<int> CountUsersAsync(SiteFactory site)
    {
        using var scope = site.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<UserManager<BackofficeUser>>().Users.CountAsync();
    }
}
