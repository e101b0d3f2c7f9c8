using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Participation.Cms.Backoffice.Security;
using Participation.Web.Tests.Backoffice;
using Participation.Web.Tests.Infrastructure;

namespace Participation.Web.Tests.Security;

/// <summary>ASVS 6.1.2 and 6.2.11: no password contains a context-specific word (the list is in docs/security.md).</summary>
public sealed class PasswordContextTests
{
    private const string Refused = "Salasanassa on sivuston tai tuotteen nimi tai osa käyttäjätunnuksestasi, nimestäsi tai sähköpostiosoitteestasi.";

    [Fact]
    public async Task APasswordWithASiteNameAProductWordOrTheUsersOwnNameIsRefusedNextToTheField()
    {
        await using var site = new SiteFactory { Settings = new Dictionary<string, string> { ["Cms:Backoffice:Passwords:ContextWords:0"] = "Kuusankoski" } };
        var token = await site.Services.GetRequiredService<FirstAdminSetup>().EnsureTokenAsync();
        var session = new BackofficeSession(BackofficeSession.NewClient(site));
        async Task<HttpResponseMessage> SetUpAsync(string password) => await session.PostFormAsync($"/umbraco/setup?token={token}", new()
        {
            ["token"] = token!, ["displayName"] = "Aino Virtanen", ["email"] = "aino.virtanen@kymenlaakso.fi", ["userName"] = "ainovirt", ["password"] = password,
        });

        foreach (var password in new[]
        {
            "Osallisuusverkko on paras paikka", // the home node's siteName in Finnish
            "Delaktighetsnätet är bäst i år", // ... in Swedish
            "participation-network rocks!", // ... in English, and a product word
            "Pohjois-Kymen Kasvu ry 2026!", // the home node's publisherName
            "OSALLISUUS kuuluu kaikille", // the field, whatever the case
            "Umbraco oli ennen tätä", // the CMS this one stands in for
            "kuusankoski kesällä 2026", // the operator's word (Cms:Backoffice:Passwords:ContextWords)
            "ainovirt salasana on pitkä", // the user name
            "Virtasen talossa Virtanen asuu", // a part of the display name and of the e-mail address
            "kymenlaakson kesä on kaunis", // the e-mail address's domain
        })
        {
            var response = await SetUpAsync(password);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
            Assert.Contains(Refused, html, StringComparison.Ordinal);
            Assert.Matches("id=\"field-password\"[^>]*aria-invalid=\"true\"", html);
        }

        Assert.True(await site.Services.GetRequiredService<FirstAdminSetup>().NeedsAdminAsync());
        var created = await SetUpAsync("Syksyn lehdet putoavat hiljaa");
        Assert.Equal("/umbraco", created.Headers.Location?.OriginalString);
    }
}
