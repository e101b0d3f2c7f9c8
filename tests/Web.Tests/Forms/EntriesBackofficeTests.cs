using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Participation.Cms.Backoffice.Security;
using Participation.Cms.Persistence;
using Participation.Extensions.Forms.Definitions;
using Participation.Extensions.Forms.Entries;
using Participation.Extensions.Forms.Workflows;
using Participation.Web.Tests.Backoffice;
using Participation.Web.Tests.Infrastructure;
using static Participation.Web.Tests.Forms.EntriesTestForms;

namespace Participation.Web.Tests.Forms;

public sealed class EntriesBackofficeTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    [Fact]
    public async Task TheFormsSectionIsInTheHeaderAndTheListCountsEachFormsEntries()
    {
        var form = await AddAsync(site);
        await SubmitAsync(site, form, "Aino", "aino@example.fi", "Ensimmäinen");
        await SubmitAsync(site, form, "Eino", "eino@example.fi", "Toinen");
        var writer = await BackofficeSession.SignInAsync(site, BackofficeRoles.Writer);

        Assert.Contains("<a href=\"/umbraco/forms\">Lomakkeet</a>", await PageAsync(writer.Client, "/umbraco"));
        var list = await PageAsync(writer.Client, "/umbraco/forms");
        Assert.Contains("aria-current=\"page\">Lomakkeet</a>", list);
        Assert.Matches($"<a href=\"/umbraco/forms/{form.Id}\">{form.Name}</a></th>\\s*<td>2</td>", list);
    }

    [Fact]
    public async Task AnEditorReadsEveryAnswerOnTheListAndTheEntryAndDownloadsTheUploadAsAnAttachment()
    {
        var form = await AddAsync(site);
        var id = await SubmitAsync(site, form, "Maija Meikäläinen", "maija@example.fi", "Puisto tarvitsee penkkejä", withFile: true);
        var editor = await BackofficeSession.SignInAsync(site, BackofficeRoles.Editor);

        var list = await PageAsync(editor.Client, $"/umbraco/forms/{form.Id}");
        Assert.Contains("Maija Meikäläinen", list);
        Assert.Contains("maija@example.fi", list);
        Assert.Contains("Pohjoinen", list); // the option's caption, not its stored value

        var detail = await PageAsync(editor.Client, $"/umbraco/forms/entries/{id}");
        Assert.Contains("<dt>Viestisi</dt>", detail);
        Assert.Contains("Puisto tarvitsee penkkejä", detail);
        Assert.Contains("Kuittaus", detail); // the submit workflow's row

        await using var db = Db(site);
        var file = await db.Set<FormEntryFile>().SingleAsync(f => f.EntryId == id);
        Assert.Contains($"href=\"/umbraco/forms/files/{file.Id}\"", detail);
        var download = await editor.Client.GetAsync($"/umbraco/forms/files/{file.Id}");
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal("nosniff", download.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal(Pdf, await download.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task AWriterSeesSensitiveAnswersMaskedAndCannotModerateExportOrDownload()
    {
        var form = await AddAsync(site, manualApproval: true);
        var id = await SubmitAsync(site, form, "Salainen Sanna", "sanna@example.fi", "Julkinen viesti", withFile: true);
        var writer = await BackofficeSession.SignInAsync(site, BackofficeRoles.Writer);

        var list = await PageAsync(writer.Client, $"/umbraco/forms/{form.Id}");
        var detail = await PageAsync(writer.Client, $"/umbraco/forms/entries/{id}");
        foreach (var page in new[] { list, detail })
        {
            Assert.DoesNotContain("Salainen Sanna", page);
            Assert.DoesNotContain("sanna@example.fi", page);
            Assert.Contains("(piilotettu arkaluonteinen tieto)", page);
        }

        Assert.Contains("Julkinen viesti", detail);
        Assert.DoesNotContain("/umbraco/forms/files/", detail);
        Assert.DoesNotContain("/export", list);

        // Searching for a masked answer must not reveal which entry holds it.
        Assert.Contains("0 vastausta", await PageAsync(writer.Client, $"/umbraco/forms/{form.Id}?q=Sanna"));

        var entryPage = $"/umbraco/forms/entries/{id}";
        foreach (var handler in new[] { "Approve", "Reject", "Delete" })
        {
            AssertDenied(await writer.PostFormAsync(entryPage, [], $"{entryPage}/manage?handler={handler}"));
        }

        var entry = await EntryAsync(site, id);
        Assert.Equal(FormEntryState.Submitted, entry?.State);

        await using var db = Db(site);
        var file = await db.Set<FormEntryFile>().SingleAsync(f => f.EntryId == id);
        AssertDenied(await writer.Client.GetAsync($"/umbraco/forms/files/{file.Id}"));
        AssertDenied(await writer.Client.GetAsync($"/umbraco/forms/{form.Id}/export?format=csv"));
        AssertDenied(await writer.Client.GetAsync($"/umbraco/forms/{form.Id}/export?format=xlsx"));
        AssertDenied(await writer.Client.GetAsync("/umbraco/forms/data-subjects"));
    }

    [Fact]
    public async Task AnEditorApprovesAndTheApproveStagesWorkflowIsQueuedWithTheChange()
    {
        var form = await AddAsync(site, manualApproval: true);
        var id = await SubmitAsync(site, form, "Ville", "ville@example.fi", "Idea");
        var editor = await BackofficeSession.SignInAsync(site, BackofficeRoles.Editor);
        var entryPage = $"/umbraco/forms/entries/{id}";

        var response = await editor.PostFormAsync(entryPage, [], $"{entryPage}/manage?handler=Approve");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);

        var entry = await EntryAsync(site, id);
        Assert.Equal(FormEntryState.Approved, entry?.State);
        Assert.StartsWith("editor-", entry?.StateChangedBy, StringComparison.Ordinal);
        await using var db = Db(site);
        var tasks = await db.Set<WorkflowTask>().Where(t => t.EntryId == id).ToListAsync();
        var approve = Assert.Single(tasks, t => t.Stage == WorkflowStage.Approve);
        Assert.Equal(form.Workflows[1].Id, approve.WorkflowId);

        // Approving again changes nothing and sends nothing twice.
        await editor.PostFormAsync(entryPage, [], $"{entryPage}/manage?handler=Approve");
        Assert.Single(await db.Set<WorkflowTask>().Where(t => t.EntryId == id && t.Stage == WorkflowStage.Approve).ToListAsync());

        await using var cms = site.Services.GetRequiredService<CmsDatabase>().CreateContext();
        Assert.True(await cms.Audit.AnyAsync(a => a.Action == "FormEntryApproved" && a.Detail == id.ToString()));
    }

    [Fact]
    public async Task AnEditorDeletesAnEntryWithItsFileAndWorkflowRowsAndOnlyThatEntry()
    {
        var form = await AddAsync(site);
        var id = await SubmitAsync(site, form, "Poistettava", "pois@example.fi", "Pois", withFile: true);
        var kept = await SubmitAsync(site, form, "Jäävä", "jaa@example.fi", "Jää", withFile: true);
        await using var db = Db(site);
        var file = await db.Set<FormEntryFile>().SingleAsync(f => f.EntryId == id);
        Assert.True(File.Exists(StoredFilePath(site, file)));
        var editor = await BackofficeSession.SignInAsync(site, BackofficeRoles.Editor);
        var entryPage = $"/umbraco/forms/entries/{id}";

        var response = await editor.PostFormAsync(entryPage, [], $"{entryPage}/manage?handler=Delete");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/umbraco/forms/{form.Id}", response.Headers.Location?.OriginalString);
        Assert.Null(await EntryAsync(site, id));
        Assert.False(await db.Set<FormEntryFile>().AnyAsync(f => f.EntryId == id));
        Assert.False(await db.Set<WorkflowTask>().AnyAsync(t => t.EntryId == id));
        Assert.False(File.Exists(StoredFilePath(site, file)));
        Assert.NotNull(await EntryAsync(site, kept));
        Assert.True(await db.Set<WorkflowTask>().AnyAsync(t => t.EntryId == kept));
        Assert.True(await db.Set<FormEntryFile>().AnyAsync(f => f.EntryId == kept));
    }

    [Fact]
    public async Task TheListFiltersByStateAndByFreeText()
    {
        var form = await AddAsync(site, manualApproval: true);
        await SubmitAsync(site, form, "Odottava Olli", null, "Skeittipuisto Malminkartanoon");
        var approved = await SubmitAsync(site, form, "Hyväksytty Hanna", null, "Lisää roskiksia");
        var editor = await BackofficeSession.SignInAsync(site, BackofficeRoles.Editor);
        var entryPage = $"/umbraco/forms/entries/{approved}";
        await editor.PostFormAsync(entryPage, [], $"{entryPage}/manage?handler=Approve");

        var onlyApproved = await PageAsync(editor.Client, $"/umbraco/forms/{form.Id}?state=Approved");
        Assert.Contains("Hyväksytty Hanna", onlyApproved);
        Assert.DoesNotContain("Odottava Olli", onlyApproved);
        Assert.Contains("<option value=\"Approved\" selected=\"selected\">", onlyApproved); // the filter stays as chosen
        Assert.DoesNotContain("<option value=\"Submitted\" selected", onlyApproved);

        var found = await PageAsync(editor.Client, $"/umbraco/forms/{form.Id}?q=malminkartano");
        Assert.Contains("Odottava Olli", found);
        Assert.DoesNotContain("Hyväksytty Hanna", found);
    }

    [Fact]
    public async Task AFailingWorkflowIsAnnouncedOnTheFormsPagesAndRetryNowMakesItDue()
    {
        var form = await AddAsync(site);
        var id = await SubmitAsync(site, form, "Virhe", "virhe@example.fi", "Posti ei kulje");
        long taskId;

        // The site's processor sends the mail at once (pickup folder); let it finish, then make the row a failing one.
        for (var wait = 0; wait < 200; wait++)
        {
            await using var peek = Db(site);
            if (await peek.Set<WorkflowTask>().Where(t => t.EntryId == id).AllAsync(t => t.DoneUtc != null || t.Attempts > 0))
            {
                break;
            }

            await Task.Delay(50);
        }

        await using (var db = Db(site))
        {
            var task = await db.Set<WorkflowTask>().FirstAsync(t => t.EntryId == id);
            task.DoneUtc = null;
            task.ClaimedBy = null;
            task.ClaimedUntil = null;
            task.Attempts = 3;
            task.LastError = "SMTP 451 palvelin ei vastaa";
            task.NextAttemptUtc = site.Clock.Now.UtcDateTime.AddHours(2);
            await db.SaveChangesAsync();
            taskId = task.Id;
        }

        var editor = await BackofficeSession.SignInAsync(site, BackofficeRoles.Editor);
        Assert.Contains($"href=\"/umbraco/forms/{form.Id}?failing=true\"", await PageAsync(editor.Client, "/umbraco/forms"));
        Assert.Contains($"href=\"/umbraco/forms/{form.Id}?failing=true\"", await PageAsync(editor.Client, "/umbraco"));
        Assert.Contains($"/umbraco/forms/entries/{id}", await PageAsync(editor.Client, $"/umbraco/forms/{form.Id}?failing=true"));
        var entryPage = $"/umbraco/forms/entries/{id}";
        Assert.Contains("SMTP 451 palvelin ei vastaa", await PageAsync(editor.Client, entryPage));

        var response = await editor.PostFormAsync(entryPage, new() { ["taskId"] = taskId.ToString() }, $"{entryPage}/manage?handler=Retry");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using var check = Db(site);
        Assert.Equal(site.Clock.Now.UtcDateTime, (await check.Set<WorkflowTask>().SingleAsync(t => t.Id == taskId)).NextAttemptUtc, TimeSpan.FromSeconds(1));
    }
}
