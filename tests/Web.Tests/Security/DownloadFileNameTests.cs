using System.Net;
using System.Net.Http.Headers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Participation.Cms.Backoffice.Security;
using Participation.Extensions.Forms.Entries;
using Participation.Extensions.Forms.Uploads;
using Participation.Web.Tests.Backoffice;
using Participation.Web.Tests.Infrastructure;
using static Participation.Web.Tests.Forms.EntriesTestForms;

namespace Participation.Web.Tests.Security;

/// <summary>ASVS 5.4.1 and 5.4.2: a submitter's file name reaches the download only as its last segment, encoded (RFC 6266), and cannot add a header.</summary>
public sealed class DownloadFileNameTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    [Theory]
    [InlineData("..\\..\\Windows\\System32\\raportti.pdf", "raportti.pdf")]
    [InlineData("../../../etc/ohjelma.pdf", "ohjelma.pdf")]
    [InlineData("\"lainaus\"; filename=pahis.exe.pdf", "\"lainaus\"; filename=pahis.exe.pdf")]
    [InlineData("rivi\r\nX-Injected: 1\r\n\r\n.pdf", "riviX-Injected: 1.pdf")]
    [InlineData("Pöytäkirja – kevät ✓.pdf", "Pöytäkirja – kevät ✓.pdf")]
    public async Task AHostileFileNameIsDownloadedAsAnAttachmentWithAnEncodedNameAndNoExtraHeader(string submitted, string expected)
    {
        var fileId = await SubmitFileAsync(submitted);
        var editor = await BackofficeSession.SignInAsync(site, BackofficeRoles.Editor);

        var download = await editor.Client.GetAsync($"/umbraco/forms/files/{fileId}");

        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        var raw = Assert.Single(download.Content.Headers.GetValues("Content-Disposition"));
        Assert.All(raw, c => Assert.InRange(c, ' ', '~')); // printable ASCII only: no line break, nothing a proxy might re-read
        Assert.StartsWith("attachment;", raw, StringComparison.Ordinal);
        Assert.False(download.Headers.Contains("X-Injected") || download.Content.Headers.Contains("X-Injected"));
        Assert.DoesNotContain('/', raw);
        Assert.DoesNotContain('\\', raw.Replace("\\\"", "", StringComparison.Ordinal)); // no path left; a backslash only escapes a quote
        Assert.Equal(expected, ContentDispositionHeaderValue.Parse(raw).FileNameStar);
        Assert.Equal(Pdf, await download.Content.ReadAsByteArrayAsync());
    }

    private async Task<Guid> SubmitFileAsync(string fileName)
    {
        var form = await AddAsync(site);
        var values = new Dictionary<string, IReadOnlyList<string>> { ["name"] = ["Tiedoston Lähettäjä"], ["area"] = ["north"], ["message"] = ["Liitteenä"] };
        var result = await site.Services.GetRequiredService<FormSubmissions>()
            .SubmitAsync(form, new FormSubmission(values, "fi", Files: [new UploadedFile("attachment", fileName, Pdf)]), CancellationToken.None);
        var entryId = Assert.IsType<SubmitResult.Accepted>(result).EntryId;
        await using var db = Db(site);
        return await db.Set<FormEntryFile>().Where(f => f.EntryId == entryId).Select(f => f.Id).SingleAsync();
    }
}
