using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Participation.Cms.Jobs;
using Participation.Cms.Backoffice.Security;
using Participation.Cms.Persistence;
using Participation.Web.Tests.Infrastructure;

namespace Participation.Web.Tests.Backoffice;

/// <summary>Writing and publishing through the real backoffice forms, as editors do it.</summary>
public sealed class EditingWorkflowTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    [Fact]
    public async Task AWritersDraftIsInvisibleUntilAnEditorPublishesIt()
    {
        var writer = await BackofficeSession.SignInAsync(site, BackofficeRoles.Writer);
        var key = await CreateNewsAsync(writer, "Kirjoittajan luonnos asukasillasta");
        var saved = await writer.PostFormAsync($"/umbraco/content/{key}", Fields("Kirjoittajan luonnos asukasillasta", "<p>Tervetuloa asukasiltaan!</p>"), $"/umbraco/content/{key}?handler=Save");
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        var publicClient = site.CreateClient();
        Assert.Equal(HttpStatusCode.NotFound, (await publicClient.GetAsync("/uutiset/kirjoittajan-luonnos-asukasillasta/")).StatusCode);

        var refused = await writer.PostFormAsync($"/umbraco/content/{key}", Fields("Kirjoittajan luonnos asukasillasta", "<p>x</p>"), $"/umbraco/content/{key}?handler=Publish");
        Assert.Equal("/umbraco/access-denied", refused.Headers.Location?.AbsolutePath);
        Assert.Equal(HttpStatusCode.NotFound, (await publicClient.GetAsync("/uutiset/kirjoittajan-luonnos-asukasillasta/")).StatusCode);

        var submitted = await writer.PostFormAsync($"/umbraco/content/{key}", Fields("Kirjoittajan luonnos asukasillasta", "<p>Tervetuloa asukasiltaan!</p>"), $"/umbraco/content/{key}?handler=Submit");
        Assert.Equal(HttpStatusCode.Redirect, submitted.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await publicClient.GetAsync("/uutiset/kirjoittajan-luonnos-asukasillasta/")).StatusCode);

        var editor = await BackofficeSession.SignInAsync(site, BackofficeRoles.Editor);
        Assert.Contains($"/umbraco/content/{key}?culture=fi", await editor.Client.GetStringAsync("/umbraco"));
        var published = await editor.PostFormAsync($"/umbraco/content/{key}", Fields("Kirjoittajan luonnos asukasillasta", "<p>Tervetuloa asukasiltaan!</p>"), $"/umbraco/content/{key}?handler=Publish");
        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);

        var page = WebUtility.HtmlDecode(await publicClient.GetStringAsync("/uutiset/kirjoittajan-luonnos-asukasillasta/"));
        Assert.Contains("Tervetuloa asukasiltaan!", page);
        Assert.DoesNotContain($"/umbraco/content/{key}?culture=fi", await editor.Client.GetStringAsync("/umbraco")); // no longer waiting
    }

    [Fact]
    public async Task RichTextWithScriptsIsStoredAndServedClean()
    {
        var editor = await BackofficeSession.SignInAsync(site, BackofficeRoles.Editor);
        var key = await CreateNewsAsync(editor, "Turvallinen uutinen");
        var body = "<p>Hei<script>alert('x')</script></p><img src=\"/media/x.jpg\" onerror=\"alert(1)\"><a href=\"javascript:alert(2)\">linkki</a>";

        var response = await editor.PostFormAsync($"/umbraco/content/{key}", Fields("Turvallinen uutinen", body), $"/umbraco/content/{key}?handler=Publish");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var html = await site.CreateClient().GetStringAsync("/uutiset/turvallinen-uutinen/");
        Assert.Contains("<p>Hei</p>", html);
        Assert.DoesNotContain("alert", html);
        Assert.DoesNotContain("onerror", html);
        Assert.DoesNotContain("javascript:", html);
        await using var db = site.Services.GetRequiredService<CmsDatabase>().CreateContext();
        var stored = await db.Versions.Where(v => v.NodeId == db.Nodes.Single(n => n.Key == key).Id).Select(v => v.Document).ToListAsync();
        Assert.All(stored, d => Assert.DoesNotContain("script", d));
    }

    [Fact]
    public async Task AScheduledPublishHappensAtItsTimeAndOnlyThen()
    {
        var editor = await BackofficeSession.SignInAsync(site, BackofficeRoles.Editor);
        var key = await CreateNewsAsync(editor, "Ajastettu tiedote");
        await editor.PostFormAsync($"/umbraco/content/{key}", Fields("Ajastettu tiedote", "<p>Julkaistaan myöhemmin.</p>"), $"/umbraco/content/{key}?handler=Save");
        var helsinki = TimeZoneInfo.FindSystemTimeZoneById("Europe/Helsinki");
        var at = TimeZoneInfo.ConvertTime(site.Clock.Now.AddHours(2), helsinki);

        var scheduled = await editor.PostFormAsync($"/umbraco/content/{key}", new()
        {
            ["culture"] = "fi",
            ["scheduleAction"] = "Publish",
            ["scheduleAt"] = at.ToString("yyyy-MM-dd'T'HH:mm"),
        }, $"/umbraco/content/{key}?handler=Schedule");
        Assert.Equal(HttpStatusCode.Redirect, scheduled.StatusCode);

        var publisher = site.Services.GetRequiredService<ScheduledPublisher>();
        site.Clock.Now = site.Clock.Now.AddHours(1);
        Assert.Equal(0, await publisher.RunDueAsync());
        Assert.Null(site.Snapshot.GetByKey(key));

        site.Clock.Now = site.Clock.Now.AddHours(1).AddMinutes(1);
        Assert.Equal(1, await publisher.RunDueAsync());
        Assert.NotNull(site.Snapshot.GetByKey(key));
        Assert.Equal(0, await publisher.RunDueAsync()); // done once, never again
    }

    [Fact]
    public async Task AnExecutableRenamedAsJpgIsRefusedWithAClearMessage()
    {
        var editor = await BackofficeSession.SignInAsync(site, BackofficeRoles.Editor);
        var page = await editor.Client.GetStringAsync("/umbraco/media");
        var token = System.Text.RegularExpressions.Regex.Match(page, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
        using var form = new MultipartFormDataContent
        {
            { new StringContent(WebUtility.HtmlDecode(token)), "__RequestVerificationToken" },
            { new ByteArrayContent([0x4D, 0x5A, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00]), "file", "kuva.jpg" },
        };

        var response = await editor.Client.PostAsync("/umbraco/media", form);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains("Tiedosto ei ole kuva", html);
        Assert.Contains("aria-invalid=\"true\"", html);
    }

    [Fact]
    public async Task HistoryComparesVersionsAndRollbackMakesAnOldVersionTheDraft()
    {
        var editor = await BackofficeSession.SignInAsync(site, BackofficeRoles.Editor);
        var key = await CreateNewsAsync(editor, "Versioitu uutinen");
        await editor.PostFormAsync($"/umbraco/content/{key}", Fields("Versioitu uutinen", "<p>Ensimmäinen teksti.</p>"), $"/umbraco/content/{key}?handler=Save");
        await editor.PostFormAsync($"/umbraco/content/{key}", Fields("Versioitu uutinen", "<p>Toinen teksti.</p>"), $"/umbraco/content/{key}?handler=Save");

        var history = WebUtility.HtmlDecode(await editor.Client.GetStringAsync($"/umbraco/content/{key}/history"));
        Assert.Contains("<del><p>Ensimmäinen teksti.</p></del>", history.Replace("&lt;", "<").Replace("&gt;", ">"));
        var first = System.Text.RegularExpressions.Regex.Matches(history, "name=\"version\" value=\"(\\d+)\"").Select(m => m.Groups[1].Value).First();

        var rolledBack = await editor.PostFormAsync($"/umbraco/content/{key}/history", new() { ["version"] = first }, $"/umbraco/content/{key}/history?handler=Rollback");

        Assert.Equal(HttpStatusCode.Redirect, rolledBack.StatusCode);
        var edit = WebUtility.HtmlDecode(await editor.Client.GetStringAsync($"/umbraco/content/{key}"));
        Assert.Contains("Ensimmäinen teksti.", edit);
        Assert.DoesNotContain("Toinen teksti.", edit);

        // Fields by their labels, and the rollback marked as one in the history and the audit log, with the item's name.
        var parser = new AngleSharp.Html.Parser.HtmlParser();
        var after = parser.ParseDocument(await editor.Client.GetStringAsync($"/umbraco/content/{key}/history")); // compared with the version before the rollback
        var rows = after.QuerySelectorAll("table.diff tbody th").Select(th => th.TextContent).ToList();
        Assert.Contains("Leipäteksti (FI)", rows);
        Assert.DoesNotContain(rows, r => r.Contains("body", StringComparison.Ordinal));
        Assert.Contains(after.QuerySelectorAll("tbody tr td"), td => td.TextContent.Contains("palautus versiosta", StringComparison.Ordinal));
        var admin = await BackofficeSession.SignInAsync(site, BackofficeRoles.Admin);
        var audit = parser.ParseDocument(await admin.Client.GetStringAsync("/umbraco/audit"));
        var rollbackRow = audit.QuerySelectorAll("tbody tr").First(tr => tr.QuerySelectorAll("td")[2].TextContent == "Palautus vanhaan versioon");
        Assert.Equal("Versioitu uutinen", rollbackRow.QuerySelector($"a[href='/umbraco/content/{key}']")?.TextContent);

        // The whole site's log is the admins': the editor has the item's history, not everyone's doings.
        var refused = await editor.Client.GetAsync("/umbraco/audit");
        Assert.Equal("/umbraco/access-denied", refused.Headers.Location?.AbsolutePath);
        Assert.DoesNotContain("href=\"/umbraco/audit\"", await editor.Client.GetStringAsync("/umbraco"));
        Assert.Contains("href=\"/umbraco/audit\"", await admin.Client.GetStringAsync("/umbraco"));
    }

    [Fact]
    public async Task AnAdminAddsAPropertyToAContentTypeAndBrokenJsonIsRefusedWithAMessage()
    {
        var admin = await BackofficeSession.SignInAsync(site, BackofficeRoles.Admin);
        var page = WebUtility.HtmlDecode(await admin.Client.GetStringAsync("/umbraco/admin/content-types?alias=space"));
        var json = System.Text.RegularExpressions.Regex.Match(page, "<textarea[^>]*name=\"json\"[^>]*>(.*?)</textarea>", System.Text.RegularExpressions.RegexOptions.Singleline).Groups[1].Value;
        var type = System.Text.Json.Nodes.JsonNode.Parse(json)!;
        type["groups"]![0]!["properties"]!.AsArray().Add(new System.Text.Json.Nodes.JsonObject { ["alias"] = "openingHours", ["name"] = "Aukioloajat", ["editor"] = "Umbraco.TextArea" });

        var broken = await admin.PostFormAsync("/umbraco/admin/content-types?alias=space", new() { ["alias"] = "space", ["json"] = "{ \"alias\": " });
        Assert.Contains("JSON ei kelpaa", WebUtility.HtmlDecode(await broken.Content.ReadAsStringAsync()));
        var saved = await admin.PostFormAsync("/umbraco/admin/content-types?alias=space", new() { ["alias"] = "space", ["json"] = type.ToJsonString() });

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var types = site.Services.GetRequiredService<Participation.Cms.ContentTypes.ContentTypeService>();
        Assert.NotNull((await types.GetAsync("space"))!.GetProperty("openingHours"));
        Assert.Equal("/umbraco/access-denied", (await (await BackofficeSession.SignInAsync(site, BackofficeRoles.Editor)).Client.GetAsync("/umbraco/admin/content-types")).Headers.Location?.AbsolutePath);
    }

    [Fact]
    public async Task AnEditorSetsTheFocalPointAndAltTextsOfAnImageAndCropsFollowIt()
    {
        var editor = await BackofficeSession.SignInAsync(site, BackofficeRoles.Editor);
        var image = site.Snapshot.All.SelectMany(c => site.Snapshot.Media(c, "heroImage", "fi")).First();

        var saved = await editor.PostFormAsync($"/umbraco/media/{image.Key}", new()
        {
            ["name"] = "Etusivun kuva", ["alt.fi"] = "Asukkaita pihatalkoissa", ["alt.sv"] = "Invånare på talko", ["alt.en"] = "",
            ["mediaFocalLeft"] = "0,25", ["mediaFocalTop"] = "0.8",
        });

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var updated = site.Snapshot.GetMedia(image.Key)!;
        Assert.Equal(new Participation.Cms.PropertyEditors.FocalPoint(0.25, 0.8), updated.FocalPoint);
        Assert.Equal("Invånare på talko", updated.Alt("sv"));
        Assert.Contains("rxy=0.25,0.8", updated.Crop(300, 200));
        var refused = await editor.PostFormAsync($"/umbraco/media/{image.Key}", new() { ["name"] = "x", ["mediaFocalLeft"] = "2", ["mediaFocalTop"] = "0" });
        Assert.Contains("Polttopisteen koordinaatit", WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync()));
    }

    [Fact]
    public async Task AnEditorMovesAPageAndItsAddressFollows()
    {
        var editor = await BackofficeSession.SignInAsync(site, BackofficeRoles.Editor);
        var about = site.Snapshot.GetByRoute("fi", "/tietoa/")!;
        var privacy = site.Snapshot.GetByRoute("fi", "/tietosuoja/")!;

        var refused = await editor.PostFormAsync($"/umbraco/content/{about.Key}", new() { ["newParent"] = about.Key.ToString() }, $"/umbraco/content/{about.Key}?handler=Move");
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode); // not offered, so refused with a message
        var moved = await editor.PostFormAsync($"/umbraco/content/{about.Key}", new() { ["newParent"] = privacy.Key.ToString() }, $"/umbraco/content/{about.Key}?handler=Move");

        Assert.Equal(HttpStatusCode.Redirect, moved.StatusCode);
        var client = site.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/tietosuoja/tietoa/")).StatusCode);
        var oldAddress = await site.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false }).GetAsync("/tietoa/");
        Assert.Equal(HttpStatusCode.MovedPermanently, oldAddress.StatusCode); // old links follow the page
        Assert.Equal("/tietosuoja/tietoa/", oldAddress.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task AnEditorCreatesAFolderAndUploadsAnImageIntoIt()
    {
        var editor = await BackofficeSession.SignInAsync(site, BackofficeRoles.Editor);
        var created = await editor.PostFormAsync("/umbraco/media", new() { ["folderName"] = "Kevään tapahtumat" }, "/umbraco/media?handler=Folder");
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var folderUrl = created.Headers.Location!.OriginalString;
        var folder = folderUrl.Split("folder=")[1];

        var page = await editor.Client.GetStringAsync(folderUrl);
        var token = System.Text.RegularExpressions.Regex.Match(page, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
        using var png = new SkiaSharp.SKBitmap(8, 8);
        using var data = SkiaSharp.SKImage.FromBitmap(png).Encode(SkiaSharp.SKEncodedImageFormat.Png, 100);
        using var form = new MultipartFormDataContent
        {
            { new StringContent(WebUtility.HtmlDecode(token)), "__RequestVerificationToken" },
            { new StringContent(folder), "folder" },
            { new StringContent("Kevätkuva"), "name" },
            { new ByteArrayContent(data.ToArray()), "file", "kevat.png" },
        };
        var uploaded = await editor.Client.PostAsync("/umbraco/media", form);

        Assert.Equal(HttpStatusCode.Redirect, uploaded.StatusCode);
        Assert.Contains("Kevätkuva", WebUtility.HtmlDecode(await editor.Client.GetStringAsync(folderUrl)));
        Assert.DoesNotContain("Kevätkuva", WebUtility.HtmlDecode(await editor.Client.GetStringAsync("/umbraco/media")));
        Assert.Contains("Kevään tapahtumat", WebUtility.HtmlDecode(await editor.Client.GetStringAsync("/umbraco/media")));
    }

    private async Task<Guid> CreateNewsAsync(BackofficeSession session, string name)
    {
        var newsList = site.Snapshot.OfType("newsList").Single();
        var created = await session.PostFormAsync($"/umbraco/content/create?parent={newsList.Key}", new() { ["parent"] = newsList.Key.ToString(), ["type"] = "newsArticle", ["name"] = name });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        return Guid.Parse(created.Headers.Location!.OriginalString.Split('/', '?')[3]);
    }

    private Dictionary<string, string> Fields(string name, string body) => new()
    {
        ["culture"] = "fi",
        ["name"] = name,
        ["segment"] = "",
        ["p.summary"] = "Tiivistelmä uutisesta.",
        ["p.body"] = body,
        ["p.publishDate"] = TimeZoneInfo.ConvertTime(site.Clock.Now.AddDays(-1), TimeZoneInfo.FindSystemTimeZoneById("Europe/Helsinki")).ToString("yyyy-MM-dd'T'HH:mm"),
    };
}
