using System.Net;
using AngleSharp.Html.Parser;
using Microsoft.Extensions.DependencyInjection;
using Participation.Cms.Backoffice.Security;
using Participation.Cms.Content;
using Participation.Web.Tests.Infrastructure;

namespace Participation.Web.Tests.Backoffice.Editing;

/// <summary>Checks the edit form makes before anything is stored or sent on: rules between fields, name lengths, a writer's "ready".</summary>
public sealed class RulesAndLimitsTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    [Fact]
    public async Task AnEventThatEndsBeforeItStartsIsRefusedNextToTheEndNamingBothFields()
    {
        var editor = await BackofficeSession.SignInAsync(site, BackofficeRoles.Editor);
        var key = await CreateAsync("partnershipTable", "events", "Kumppanuuspöytä: kylien kehittäminen");
        var form = await editor.ReadFormAsync($"/umbraco/content/{key}");
        form["p.theme"] = "Kylien kehittäminen";
        form["p.startTime"] = "2026-05-12T17:30";
        form["p.endTime"] = "2026-05-12T15:00";

        var refused = await editor.Client.PostAsync($"/umbraco/content/{key}?handler=Publish", new FormUrlEncodedContent(form));

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var page = new HtmlParser().ParseDocument(await refused.Content.ReadAsStringAsync());
        Assert.Equal("”Päättyy” ei voi olla ennen kuin ”Alkaa” – korjaa jompikumpi.", page.GetElementById("field-endTime-error")?.TextContent);
        Assert.Null(page.GetElementById("field-startTime-error"));
        Assert.Equal("true", page.GetElementById("field-endTime")?.GetAttribute("aria-invalid"));
        Assert.Equal("2026-05-12T15:00", page.GetElementById("field-endTime")?.GetAttribute("value")); // what was typed stays
        Assert.Null(site.Snapshot.GetByKey(key)); // not published

        form["p.endTime"] = "2026-05-12T19:00";
        Assert.Equal(HttpStatusCode.Redirect, (await editor.Client.PostAsync($"/umbraco/content/{key}?handler=Publish", new FormUrlEncodedContent(BackofficeSession.FormFields(await editor.Client.GetStringAsync($"/umbraco/content/{key}")).Concat(form.Where(f => f.Key.StartsWith("p.", StringComparison.Ordinal))).GroupBy(f => f.Key).ToDictionary(g => g.Key, g => g.Last().Value)))).StatusCode);
    }

    [Fact]
    public async Task AnEnglishEditorSeesTheRuleWithEnglishFieldNames()
    {
        var editor = await BackofficeSession.SignInAsync(site, BackofficeRoles.Editor);
        Assert.Equal(HttpStatusCode.Redirect, (await editor.Client.GetAsync("/umbraco?lang=en")).StatusCode);
        var key = await CreateAsync("partnershipTable", "events", "Kumppanuuspöytä: nuoret");
        var form = await editor.ReadFormAsync($"/umbraco/content/{key}");
        form["p.startTime"] = "2026-06-02T18:00";
        form["p.endTime"] = "2026-06-01T18:00";

        var refused = await editor.Client.PostAsync($"/umbraco/content/{key}?handler=Save", new FormUrlEncodedContent(form));

        var page = new HtmlParser().ParseDocument(await refused.Content.ReadAsStringAsync());
        Assert.Equal("“End time” cannot be before “Start time” – correct one of them.", page.GetElementById("field-endTime-error")?.TextContent);
        Assert.Equal("End time", page.QuerySelector("label[for=field-endTime]")?.ChildNodes[0].TextContent.Trim());
        Assert.Contains(page.QuerySelectorAll("h2"), h => h.TextContent == "Time and place");
        Assert.Contains("Partnership table", page.QuerySelector(".bo-crumbs")?.TextContent);
    }

    [Fact]
    public async Task ALongNameIsRefusedWithItsLengthInsteadOfCut()
    {
        var editor = await BackofficeSession.SignInAsync(site, BackofficeRoles.Editor);
        var key = await CreateAsync("newsArticle", "newsList", "Lyhyt nimi");
        var form = await editor.ReadFormAsync($"/umbraco/content/{key}");
        form["name"] = string.Concat(Enumerable.Repeat("Kumppanuuspöytä ", 320)).Trim();

        var refused = await editor.Client.PostAsync($"/umbraco/content/{key}?handler=Save", new FormUrlEncodedContent(form));

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var page = new HtmlParser().ParseDocument(await refused.Content.ReadAsStringAsync());
        Assert.Equal($"Nimi voi olla enintään 255 merkkiä pitkä (nyt {form["name"].Length}).", page.GetElementById("field-name-error")?.TextContent);
        Assert.Equal(form["name"], page.GetElementById("field-name")?.GetAttribute("value"));
    }

    [Fact]
    public async Task AWritersDraftWithRequiredFieldsEmptyIsSavedButNotSent()
    {
        var writer = await BackofficeSession.SignInAsync(site, BackofficeRoles.Writer);
        var key = await CreateAsync("newsArticle", "newsList", "Keskeneräinen juttu");
        var form = await writer.ReadFormAsync($"/umbraco/content/{key}");
        form["p.summary"] = "Tiivistelmä on jo kirjoitettu.";
        form["p.body"] = "";

        var refused = await writer.Client.PostAsync($"/umbraco/content/{key}?handler=Submit", new FormUrlEncodedContent(form));

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var page = new HtmlParser().ParseDocument(await refused.Content.ReadAsStringAsync());
        Assert.Equal("Luonnos tallennettiin, mutta sitä ei lähetetty julkaistavaksi: korjaa merkityt kentät ja lähetä uudelleen.", page.QuerySelector(".notice")?.TextContent);
        Assert.Equal("Leipäteksti on pakollinen.", page.GetElementById("field-body-error")?.TextContent);
        var editor = await BackofficeSession.SignInAsync(site, BackofficeRoles.Editor);
        Assert.DoesNotContain($"/umbraco/content/{key}?culture=fi", await editor.Client.GetStringAsync("/umbraco")); // not on the waiting list

        // The draft was kept, and the form now carries its version: saving again is not a conflict with oneself.
        var again = BackofficeSession.FormFields(page.DocumentElement.OuterHtml);
        Assert.Equal("Tiivistelmä on jo kirjoitettu.", again["p.summary"]);
        again["p.body"] = "<p>Nyt on leipätekstikin.</p>";
        again["p.publishDate"] = "2026-03-02T09:00";
        Assert.Equal(HttpStatusCode.Redirect, (await writer.Client.PostAsync($"/umbraco/content/{key}?handler=Submit", new FormUrlEncodedContent(again))).StatusCode);
        Assert.Contains($"/umbraco/content/{key}?culture=fi", await editor.Client.GetStringAsync("/umbraco"));
        var item = new HtmlParser().ParseDocument(await writer.Client.GetStringAsync($"/umbraco/content/{key}"));
        Assert.Contains(item.QuerySelectorAll(".status uui-tag"), t => t.TextContent.StartsWith("Odottaa julkaisua", StringComparison.Ordinal));
        var row = item.QuerySelector($".side-tree a[href='/umbraco/content/{key}']")!.ParentElement!;
        Assert.Equal("odottaa julkaisua", row.QuerySelector(".state.waiting")?.TextContent); // and in the tree
    }

    private async Task<Guid> CreateAsync(string type, string parentType, string name)
    {
        var parent = site.Snapshot.OfType(parentType).Single();
        var document = new ContentDocument();
        document.Cultures["fi"] = new CultureVariant { Name = name };
        return await site.Services.GetRequiredService<ContentService>().CreateAsync(new CreateContent(type, parent.Key, document), "test");
    }
}
