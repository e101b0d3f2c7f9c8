using System.Net;
using AngleSharp.Html.Parser;
using Microsoft.Extensions.DependencyInjection;
using Participation.Cms.Backoffice.Security;
using Participation.Cms.Content;
using Participation.Cms.Persistence;
using Participation.Web.Tests.Infrastructure;

namespace Participation.Web.Tests.Backoffice.Editing;

/// <summary>
/// Two tabs (or two editors) on one item: the second save from an old form is refused with both changes shown, and
/// nothing either of them typed is lost.
/// </summary>
public sealed class SaveConflictTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    [Fact]
    public async Task TheSecondTabsSaveIsRefusedAndKeepsTheFirstTabsOtherChange()
    {
        var editor = await BackofficeSession.SignInAsync(site, BackofficeRoles.Editor);
        var key = await DraftNewsAsync("Asukasilta kirjastossa", "Alkuperäinen tiivistelmä.");
        var page = $"/umbraco/content/{key}";
        var tabA = await editor.ReadFormAsync(page);
        var tabB = await editor.ReadFormAsync(page);

        tabA["p.summary"] = "Ensimmäisen välilehden tiivistelmä.";
        Assert.Equal(HttpStatusCode.Redirect, (await SaveAsync(editor, key, tabA)).StatusCode);
        tabB["name"] = "Asukasilta pääkirjastossa";
        var refused = await SaveAsync(editor, key, tabB);

        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        var html = await refused.Content.ReadAsStringAsync();
        var conflict = new HtmlParser().ParseDocument(html).QuerySelector("[data-conflict]");
        Assert.NotNull(conflict);
        var rows = conflict.QuerySelectorAll("tbody tr").Select(r => r.QuerySelectorAll("th, td").Select(c => c.TextContent.Trim()).ToArray()).ToList();
        Assert.Contains(rows, r => r[0] == "Nimi" && r[1] == "Asukasilta kirjastossa" && r[2] == "Asukasilta pääkirjastossa");
        Assert.Contains(rows, r => r[0] == "Tiivistelmä" && r[1] == "Ensimmäisen välilehden tiivistelmä." && r[2] == "Alkuperäinen tiivistelmä.");
        Assert.Equal(2, rows.Count);
        Assert.Equal("Asukasilta kirjastossa", (await DraftAsync(key)).Cultures["fi"].Name); // nothing of the refused save stored

        // The form shown again holds both changes: the name this tab typed and the summary only the other tab changed.
        var again = BackofficeSession.FormFields(html);
        Assert.Equal("Asukasilta pääkirjastossa", again["name"]);
        Assert.Equal("Ensimmäisen välilehden tiivistelmä.", again["p.summary"]);
        Assert.NotEqual(tabB["version"], again["version"]);

        Assert.Equal(HttpStatusCode.Redirect, (await SaveAsync(editor, key, again)).StatusCode);
        var stored = await DraftAsync(key);
        Assert.Equal("Asukasilta pääkirjastossa", stored.Cultures["fi"].Name);
        Assert.Equal("Ensimmäisen välilehden tiivistelmä.", stored.Cultures["fi"].Values["summary"]?.GetValue<string>());
    }

    [Fact]
    public async Task WhenBothChangedOneFieldTheFormKeepsMineAndTheSavedPageKeepsTheirs()
    {
        var writer = await BackofficeSession.SignInAsync(site, BackofficeRoles.Editor);
        var other = await BackofficeSession.SignInAsync(site, BackofficeRoles.Editor);
        var key = await DraftNewsAsync("Kylätalon talkoot", "Talkoot lauantaina.");
        var page = $"/umbraco/content/{key}";
        var mine = await writer.ReadFormAsync(page);
        var theirs = await other.ReadFormAsync(page);

        theirs["p.summary"] = "Talkoot siirtyvät sunnuntaille.";
        Assert.Equal(HttpStatusCode.Redirect, (await SaveAsync(other, key, theirs)).StatusCode);
        mine["p.summary"] = "Talkoot lauantaina kello 10.";
        var refused = await SaveAsync(writer, key, mine);

        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        var html = WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync());
        Assert.Contains("Talkoot siirtyvät sunnuntaille.", html);
        Assert.Equal("Talkoot lauantaina kello 10.", BackofficeSession.FormFields(html)["p.summary"]);
        Assert.Equal("Talkoot siirtyvät sunnuntaille.", (await DraftAsync(key)).Cultures["fi"].Values["summary"]?.GetValue<string>());
        Assert.Equal("Talkoot siirtyvät sunnuntaille.", (await writer.ReadFormAsync(page))["p.summary"]); // "keep theirs" is the page itself
    }

    [Fact]
    public async Task OnAnEventOnlyTheFieldsTheTwoSavesChangedAreListedNotDatesAndNumbersInAnotherForm()
    {
        var editor = await BackofficeSession.SignInAsync(site, BackofficeRoles.Editor);
        var events = site.Snapshot.OfType("events").Single();
        var document = new ContentDocument();
        document.Values["startTime"] = "2026-11-13T17:30:00+02:00";
        document.Values["endTime"] = "2026-11-13T19:30:00+02:00";
        document.Values["capacity"] = 30;
        document.Values["venue"] = System.Text.Json.Nodes.JsonNode.Parse("""{"name":"Yhdistysten olohuone","street":"Keskuskatu 8","postalCode":"81100","city":"Kontiolahti","latitude":62.765,"longitude":29.847}""");
        document.Cultures["fi"] = new CultureVariant { Name = "Kumppanuuspöytä: ristiriita", Values = { ["theme"] = "Yhteiset tilat" } };
        var key = await site.Services.GetRequiredService<ContentService>().CreateAsync(new CreateContent("partnershipTable", events.Key, document), "test");
        var page = $"/umbraco/content/{key}";
        var tabA = await editor.ReadFormAsync(page);
        var tabB = await editor.ReadFormAsync(page);

        tabA["p.scheduleNote"] = "Kahvit alkaen 17.";
        Assert.Equal(HttpStatusCode.Redirect, (await SaveAsync(editor, key, tabA)).StatusCode);
        tabB["name"] = "Kumppanuuspöytä: ristiriita ratkaistu";
        var refused = await SaveAsync(editor, key, tabB);

        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        var rows = new HtmlParser().ParseDocument(await refused.Content.ReadAsStringAsync()).QuerySelectorAll("[data-conflict] tbody th").Select(th => th.TextContent).ToList();
        Assert.Equal(["Nimi", "Ajankohdan lisätieto"], rows);
    }

    [Fact]
    public async Task OfManySavesFromOneVersionExactlyOneIsStored()
    {
        await AssertOneWinsAsync(site);
    }

    [Fact]
    public async Task OfManySavesFromOneVersionExactlyOneIsStoredOnPostgreSql()
    {
        await using var postgres = new SiteFactory { PostgresConnectionString = TestPostgres.CreateDatabase() };
        await AssertOneWinsAsync(postgres);
    }

    private static async Task AssertOneWinsAsync(SiteFactory target)
    {
        var content = target.Services.GetRequiredService<ContentService>();
        var newsList = target.Snapshot.OfType("newsList").Single();
        var key = await content.CreateAsync(new CreateContent("newsArticle", newsList.Key, Document("Rinnakkain", "0")), "test");
        var basedOn = await DraftVersionAsync(target, key);

        var results = await Task.WhenAll(Enumerable.Range(1, 8).Select(async i =>
        {
            try
            {
                await content.SaveAsync(key, Document("Rinnakkain", i.ToString()), basedOn, "test");
                return true;
            }
            catch (ContentConflictException)
            {
                return false;
            }
        }));

        Assert.Single(results, won => won);
        Assert.NotEqual(basedOn, await DraftVersionAsync(target, key));
    }

    private static async Task<HttpResponseMessage> SaveAsync(BackofficeSession session, Guid key, Dictionary<string, string> form) =>
        await session.Client.PostAsync($"/umbraco/content/{key}?handler=Save", new FormUrlEncodedContent(form));

    private async Task<Guid> DraftNewsAsync(string name, string summary)
    {
        var newsList = site.Snapshot.OfType("newsList").Single();
        return await site.Services.GetRequiredService<ContentService>().CreateAsync(new CreateContent("newsArticle", newsList.Key, Document(name, summary)), "test");
    }

    private async Task<ContentDocument> DraftAsync(Guid key)
    {
        await using var db = site.Services.GetRequiredService<CmsDatabase>().CreateContext();
        var node = db.Nodes.Single(n => n.Key == key);
        return (await db.GetDocumentAsync(node.DraftVersionId, CancellationToken.None))!;
    }

    private static async Task<int?> DraftVersionAsync(SiteFactory target, Guid key)
    {
        await using var db = target.Services.GetRequiredService<CmsDatabase>().CreateContext();
        return await Task.FromResult(db.Nodes.Single(n => n.Key == key).DraftVersionId);
    }

    private static ContentDocument Document(string name, string summary)
    {
        var document = new ContentDocument();
        document.Cultures["fi"] = new CultureVariant { Name = name, Values = { ["summary"] = summary } };
        return document;
    }
}
