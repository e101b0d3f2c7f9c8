using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Participation.Cms.Backoffice.Security;
using Participation.Cms.Persistence;
using Participation.Extensions.Forms.Entries;
using Participation.Extensions.Forms.Workflows;
using Participation.Web.Tests.Backoffice;
using Participation.Web.Tests.Infrastructure;
using static Participation.Web.Tests.Forms.EntriesTestForms;

namespace Participation.Web.Tests.Forms;

public sealed class DataSubjectTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    private const string Page = "/umbraco/forms/data-subjects";

    [Fact]
    public async Task TheSearchFindsEveryEntryOfTheAddressAcrossFormsWhateverItsCase()
    {
        var (mine, _) = await TwoPeopleAsync("haku");
        var editor = await BackofficeSession.SignInAsync(site, BackofficeRoles.Editor);

        var response = await editor.PostFormAsync(Page, new() { ["email"] = "  HAKU.Henkilo@Example.fi " }, Page + "?handler=Search");

        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains("Löytyi 2 vastausta", html);
        Assert.All(mine, id => Assert.Contains($"/umbraco/forms/entries/{id}", html));
    }

    [Fact]
    public async Task TheExportHoldsThePersonsEntriesWithTheirAnswersAndNoOneElses()
    {
        var (mine, other) = await TwoPeopleAsync("vienti");
        var editor = await BackofficeSession.SignInAsync(site, BackofficeRoles.Editor);

        var response = await editor.PostFormAsync(Page, new() { ["email"] = "vienti.henkilo@example.fi" }, Page + "?handler=Export");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var ids = json.RootElement.GetProperty("entries").EnumerateArray().Select(e => e.GetProperty("id").GetGuid()).ToList();
        Assert.Equal(mine.Order(), ids.Order());
        Assert.DoesNotContain(other, ids);
        Assert.Contains("Nimesi", json.RootElement.ToString());
        Assert.Contains("vienti.henkilo.pdf", json.RootElement.ToString());
    }

    [Fact]
    public async Task ErasureRemovesEverythingOfThatAddressAfterConfirmationAndNothingElse()
    {
        var (mine, other) = await TwoPeopleAsync("poisto");
        await using var db = Db(site);
        var myFiles = await db.Set<FormEntryFile>().Where(f => mine.Contains(f.EntryId)).ToListAsync();
        Assert.NotEmpty(myFiles);
        var editor = await BackofficeSession.SignInAsync(site, BackofficeRoles.Editor);
        var email = new Dictionary<string, string> { ["email"] = "poisto.henkilo@example.fi" };

        var unconfirmed = await editor.PostFormAsync(Page, email, Page + "?handler=Erase");
        Assert.Contains("Vahvista poisto", WebUtility.HtmlDecode(await unconfirmed.Content.ReadAsStringAsync()));
        Assert.Equal(2, await db.Set<FormEntry>().CountAsync(e => mine.Contains(e.Id)));

        var erased = await editor.PostFormAsync(Page, new(email) { ["confirm"] = "true" }, Page + "?handler=Erase");

        Assert.Contains("2 vastausta poistettiin.", WebUtility.HtmlDecode(await erased.Content.ReadAsStringAsync()));
        Assert.False(await db.Set<FormEntry>().AnyAsync(e => mine.Contains(e.Id)));
        Assert.False(await db.Set<FormEntryFile>().AnyAsync(f => mine.Contains(f.EntryId)));
        Assert.False(await db.Set<WorkflowTask>().AnyAsync(t => mine.Contains(t.EntryId)));
        Assert.All(myFiles, f => Assert.False(File.Exists(StoredFilePath(site, f))));

        Assert.NotNull(await EntryAsync(site, other));
        Assert.True(await db.Set<WorkflowTask>().AnyAsync(t => t.EntryId == other));
        var otherFile = await db.Set<FormEntryFile>().SingleAsync(f => f.EntryId == other);
        Assert.True(File.Exists(StoredFilePath(site, otherFile)));

        await using var cms = site.Services.GetRequiredService<CmsDatabase>().CreateContext();
        var audit = await cms.Audit.Where(a => a.Action == "FormsDataSubjectErase").ToListAsync();
        Assert.Contains(audit, a => a.Detail == "2 entries");
        Assert.DoesNotContain(audit, a => (a.Detail ?? "").Contains('@'));
    }

    /// <summary>Two entries of one person in two forms (one with a file), and one entry of someone else with a file.</summary>
    private async Task<(IReadOnlyList<Guid> Mine, Guid Other)> TwoPeopleAsync(string prefix)
    {
        var first = await AddAsync(site);
        var second = await AddAsync(site);
        var a = await SubmitAsync(site, first, $"{prefix}.henkilo", $"{prefix}.Henkilo@example.fi", "Ensimmäinen", withFile: true);
        var b = await SubmitAsync(site, second, $"{prefix}.henkilo", $"{prefix}.henkilo@EXAMPLE.fi", "Toinen");
        var other = await SubmitAsync(site, first, $"{prefix}.muu", $"muu.{prefix}@example.fi", "Muu", withFile: true);
        return ([a, b], other);
    }
}
