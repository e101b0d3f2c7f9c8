using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Participation.Cms.Backoffice.Security;
using Participation.Cms.Content;
using Participation.Web.Tests.Infrastructure;

namespace Participation.Web.Tests.Backoffice;

/// <summary>
/// An editor who chose English sees the engine's refusals in English, from every engine check the backoffice can
/// reach: the edit form, the tree and the media library. (Checks the forms never let through are covered in
/// Cms.Tests' EnglishEngineMessageTests.)
/// </summary>
public sealed class EnglishValidationTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    [Fact]
    public async Task AnEnglishEditorSeesTheEditFormsEngineErrorsInEnglish()
    {
        var editor = await EnglishEditorAsync();
        var draft = await DraftNewsAsync("Kesken oleva uutinen");
        var association = site.Snapshot.OfType("association").First();

        await ShowsAsync(editor, draft, "Save", new() { ["culture"] = "fi", ["name"] = " " }, "Enter a name.", "Anna nimi.");
        await ShowsAsync(editor, draft, "Save", new() { ["culture"] = "fi", ["name"] = "Uutinen", ["segment"] = "Iso Kirjain!" },
            "The URL segment may contain only lowercase letters a–z, digits and hyphens.", "URL-osassa saa olla");
        await ShowsAsync(editor, draft, "Publish", new() { ["culture"] = "fi", ["name"] = "Kesken oleva uutinen" }, "Summary is required.", "on pakollinen");
        await ShowsAsync(editor, draft, "Publish", new()
        {
            ["culture"] = "en",
            ["name"] = "Unfinished story",
            ["p.summary"] = "A summary.",
            ["p.body"] = "<p>Body.</p>",
            ["p.publishDate"] = "2026-01-15T10:00",
        }, "Publish the default language (fi) version first.", "Julkaise ensin");
        await ShowsAsync(editor, association.Key, "Save", new() { ["culture"] = "fi", ["name"] = association.Name("fi"), ["p.businessId"] = "abc", ["p.summary"] = "x", ["p.municipality"] = "Joensuu" },
            "Business ID: the value is not in the right format.", "arvo ei ole oikeassa muodossa");
    }

    [Fact]
    public async Task AnEnglishEditorSeesTheTreesEngineErrorsInEnglish()
    {
        var editor = await EnglishEditorAsync();
        var newsList = site.Snapshot.OfType("newsList").Single();
        var article = site.Snapshot.Children(newsList).First();
        var tree = site.Services.GetRequiredService<ContentTreeService>();
        var content = site.Services.GetRequiredService<ContentService>();
        var home = site.Snapshot.Home!;
        var parent = await content.CreateAsync(new CreateContent("page", home.Key, Document("Poistettava osio")), "test");
        var child = await content.CreateAsync(new CreateContent("page", parent, Document("Alasivu")), "test");
        await tree.TrashAsync(parent, "test");

        await ShowsOnTreeAsync(editor, "Delete", new() { ["key"] = article.Key.ToString() }, "Move the content to the recycle bin first.", "Siirrä sisältö ensin roskakoriin.");
        await ShowsOnTreeAsync(editor, "Restore", new() { ["key"] = child.ToString() }, "Restore the parent page from the recycle bin first.", "Palauta ensin yläsivu");
        await ShowsOnSortAsync(editor, newsList.Key, "MoveUp", new() { ["key"] = article.Key.ToString(), ["parent"] = newsList.Key.ToString(), ["order"] = article.Key.ToString() },
            "The order must list every subpage exactly once.", "Järjestyksessä pitää olla");
    }

    [Fact]
    public async Task AnEnglishEditorSeesTheMediaLibrarysEngineErrorsInEnglish()
    {
        var editor = await EnglishEditorAsync();
        var image = site.Snapshot.All.SelectMany(c => site.Snapshot.Media(c, "heroImage", "fi")).First();

        await ShowsOnUploadAsync(editor, [0x4D, 0x5A, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00],
            "The file is not an image (JPEG, PNG, GIF, WebP) or a PDF. Its content decides the type, not its name.", "Tiedosto ei ole kuva");
        await ShowsOnUploadAsync(editor, [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x01, 0x02, 0x03],
            "The image cannot be read: the file is damaged.", "Kuvaa ei voi lukea");

        var unnamed = await editor.PostFormAsync("/umbraco/media", new() { ["folderName"] = " " }, "/umbraco/media?handler=Folder");
        await AssertShowsAsync(unnamed, "Enter a name for the folder.", "Anna kansiolle nimi.");
        var inImage = await editor.PostFormAsync("/umbraco/media", new() { ["folderName"] = "Kansio", ["folder"] = image.Key.ToString() }, "/umbraco/media?handler=Folder");
        await AssertShowsAsync(inImage, "A folder can only be created inside another folder.", "Kansion voi luoda vain");
    }

    private async Task<BackofficeSession> EnglishEditorAsync()
    {
        var editor = await BackofficeSession.SignInAsync(site, BackofficeRoles.Editor);
        Assert.Equal(HttpStatusCode.Redirect, (await editor.Client.GetAsync("/umbraco?lang=en")).StatusCode);
        return editor;
    }

    private async Task<Guid> DraftNewsAsync(string name)
    {
        var newsList = site.Snapshot.OfType("newsList").Single();
        return await site.Services.GetRequiredService<ContentService>().CreateAsync(new CreateContent("newsArticle", newsList.Key, Document(name)), "test");
    }

    private static ContentDocument Document(string name)
    {
        var document = new ContentDocument();
        document.Cultures["fi"] = new CultureVariant { Name = name };
        return document;
    }

    private static async Task ShowsAsync(BackofficeSession editor, Guid key, string handler, Dictionary<string, string> fields, string english, string finnish) =>
        await AssertShowsAsync(await editor.PostFormAsync($"/umbraco/content/{key}", fields, $"/umbraco/content/{key}?handler={handler}"), english, finnish);

    private static async Task ShowsOnTreeAsync(BackofficeSession editor, string handler, Dictionary<string, string> fields, string english, string finnish) =>
        await AssertShowsAsync(await editor.PostFormAsync("/umbraco", fields, $"/umbraco?handler={handler}"), english, finnish);

    private static async Task ShowsOnSortAsync(BackofficeSession editor, Guid parent, string handler, Dictionary<string, string> fields, string english, string finnish) =>
        await AssertShowsAsync(await editor.PostFormAsync($"/umbraco/sort?parent={parent}", fields, $"/umbraco/sort?parent={parent}&handler={handler}"), english, finnish);

    private static async Task ShowsOnUploadAsync(BackofficeSession editor, byte[] file, string english, string finnish)
    {
        var page = await editor.Client.GetStringAsync("/umbraco/media");
        var token = System.Text.RegularExpressions.Regex.Match(page, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
        using var form = new MultipartFormDataContent
        {
            { new StringContent(WebUtility.HtmlDecode(token)), "__RequestVerificationToken" },
            { new ByteArrayContent(file), "file", "kuva.png" },
        };
        await AssertShowsAsync(await editor.Client.PostAsync("/umbraco/media", form), english, finnish);
    }

    private static async Task AssertShowsAsync(HttpResponseMessage response, string english, string finnish)
    {
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.BadRequest, $"expected the form again with \"{english}\", got {(int)response.StatusCode} {response.Headers.Location}");
        Assert.Contains("<html lang=\"en\">", html);
        Assert.Contains(english, html);
        Assert.DoesNotContain(finnish, html);
    }
}
