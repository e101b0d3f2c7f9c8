using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Participation.Cms.Backoffice.Security;
using Participation.Web.Tests.Infrastructure;

namespace Participation.Web.Tests.Backoffice;

/// <summary>Pickers search on demand: bounded, filtered answers to signed-in users, and edit pages that do not list everything.</summary>
public sealed partial class PickerSearchTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    private const string ProjectPicker = "/umbraco/api/pickers/newsArticle/project";

    public sealed record Option(string Value, string Label);

    [Fact]
    public async Task ASearchReturnsOnlyMatchingItemsOfTheAllowedType()
    {
        var session = await BackofficeSession.SignInAsync(site, BackofficeRoles.Writer);

        var found = await session.Client.GetFromJsonAsync<List<Option>>($"{ProjectPicker}?q=kylien&limit=10");

        var option = Assert.Single(found!);
        Assert.Equal("Kylien Rovaniemi", option.Label);
        Assert.Equal(site.Snapshot.OfType("project").Single(p => p.Name("fi") == "Kylien Rovaniemi").Key.ToString(), option.Value);
    }

    [Fact]
    public async Task ASearchNeverReturnsMoreThanTheLimitAndTheLimitIsCapped()
    {
        var session = await BackofficeSession.SignInAsync(site, BackofficeRoles.Editor);

        var two = await session.Client.GetFromJsonAsync<List<Option>>($"{ProjectPicker}?limit=2");
        var many = await session.Client.GetFromJsonAsync<List<Option>>("/umbraco/api/pickers/newsArticle/image?limit=100000");

        Assert.Equal(2, two!.Count);
        Assert.InRange(many!.Count, 0, 50);
    }

    [Fact]
    public async Task AnonymousVisitorsAreRefused()
    {
        var response = await BackofficeSession.NewClient(site).GetAsync($"{ProjectPicker}?q=kylien");

        Assert.True(
            response.StatusCode == HttpStatusCode.Unauthorized || response.Headers.Location?.AbsolutePath == "/umbraco/login",
            $"answered {(int)response.StatusCode}");
        Assert.DoesNotContain("Kylien", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task PropertiesThatAreNotPickersAndUnknownTypesAreNotFound()
    {
        var session = await BackofficeSession.SignInAsync(site, BackofficeRoles.Editor);

        Assert.Equal(HttpStatusCode.NotFound, (await session.Client.GetAsync("/umbraco/api/pickers/newsArticle/summary?q=a")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await session.Client.GetAsync("/umbraco/api/pickers/noSuchType/project?q=a")).StatusCode);
    }

    [Fact]
    public async Task TheEditPageRendersThePickerWithItsSearchAddressAndTheChosenItem()
    {
        var session = await BackofficeSession.SignInAsync(site, BackofficeRoles.Editor);
        var news = site.Snapshot.OfType("newsArticle").First();

        var html = await session.Client.GetStringAsync($"/umbraco/content/{news.Key}");

        Assert.Contains($"data-picker-source=\"{ProjectPicker}\"", html, StringComparison.Ordinal);
        var select = PickerSelect().Match(html);
        Assert.True(select.Success, "the project picker's select was not rendered");
        Assert.InRange(Regex.Count(select.Value, "<option"), 1, 51); // "no selection" + at most one page
    }

    [Fact]
    public async Task AProjectChosenInThePickerIsSavedAndShownAsChosenAgain()
    {
        var session = await BackofficeSession.SignInAsync(site, BackofficeRoles.Editor);
        var news = site.Snapshot.OfType("newsArticle").Last();
        var project = site.Snapshot.OfType("project").Single(p => p.Name("fi") == "Kylien Rovaniemi");
        var page = $"/umbraco/content/{news.Key}";
        var fields = new Dictionary<string, string>
        {
            ["culture"] = "fi",
            ["name"] = news.Name("fi"),
            ["segment"] = "",
            ["p.summary"] = "Tiivistelmä.",
            ["p.project"] = project.Key.ToString(),
        };

        var saved = await session.PostFormAsync(page, fields, $"{page}?handler=Save");

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var select = PickerSelect().Match(await session.Client.GetStringAsync(page)).Value;
        Assert.Matches($"<option value=\"{project.Key}\" selected=\"selected\">Kylien Rovaniemi</option>", select);
    }

    [GeneratedRegex("<select id=\"field-project\"[\\s\\S]*?</select>")]
    private static partial Regex PickerSelect();
}
