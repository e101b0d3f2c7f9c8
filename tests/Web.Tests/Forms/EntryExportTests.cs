using System.Net;
using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Microsoft.Extensions.DependencyInjection;
using Participation.Cms.Backoffice.Security;
using Participation.Cms.Persistence;
using Participation.Web.Tests.Backoffice;
using Participation.Web.Tests.Infrastructure;
using static Participation.Web.Tests.Forms.EntriesTestForms;

namespace Participation.Web.Tests.Forms;

public sealed class EntryExportTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    [Fact]
    public async Task TheCsvExportHasABomAliasHeadersEveryAnswerAndGuardsFormulas()
    {
        var form = await AddAsync(site);
        var id = await SubmitAsync(site, form, "Kalle; \"Kalu\"", "kalle@example.fi", "=HYPERLINK(\"http://evil\")", withFile: true);
        var editor = await BackofficeSession.SignInAsync(site, BackofficeRoles.Editor);

        var response = await editor.Client.GetAsync($"/umbraco/forms/{form.Id}/export?format=csv&delimiter=semicolon");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("id;state;created;page;name;email;area;message;attachment", lines[0]);
        var row = Assert.Single(lines[1..]);
        Assert.StartsWith($"{id};Approved;", row, StringComparison.Ordinal);
        Assert.Contains(";\"Kalle; \"\"Kalu\"\"\";kalle@example.fi;north;", row);
        Assert.Contains(";\"'=HYPERLINK(\"\"http://evil\"\")\";", row);
        Assert.EndsWith(";\"Kalle; \"\"Kalu\"\".pdf\"", row, StringComparison.Ordinal); // the upload by its file name

        var comma = Encoding.UTF8.GetString(await editor.Client.GetByteArrayAsync($"/umbraco/forms/{form.Id}/export?format=csv"));
        Assert.Contains("id,state,created,page,name,email,area,message,attachment", comma);

        await using var cms = site.Services.GetRequiredService<CmsDatabase>().CreateContext();
        Assert.Contains(cms.Audit, a => a.Action == "FormEntriesExport" && a.Detail == $"{form.Alias}: 1 (csv)");
    }

    [Fact]
    public async Task TheXlsxExportHasAliasHeadersAndTheFilteredEntriesValues()
    {
        var form = await AddAsync(site);
        await SubmitAsync(site, form, "Liisa", "liisa@example.fi", "=1+1 jää tekstiksi", area: "south");
        await SubmitAsync(site, form, "Pekka", "pekka@example.fi", "Toinen viesti");
        var editor = await BackofficeSession.SignInAsync(site, BackofficeRoles.Editor);

        var response = await editor.Client.GetAsync($"/umbraco/forms/{form.Id}/export?format=xlsx&q=tekstiksi");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType?.MediaType);
        using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        using var document = SpreadsheetDocument.Open(stream, false);
        var rows = document.WorkbookPart!.WorksheetParts.Single().Worksheet.Descendants<Row>()
            .Select(r => r.Elements<Cell>().Select(c => c.InnerText).ToList()).ToList();
        Assert.Equal(["id", "state", "created", "page", "name", "email", "area", "message", "attachment"], rows[0]);
        var row = Assert.Single(rows[1..]);
        Assert.Equal(["Liisa", "liisa@example.fi", "south", "=1+1 jää tekstiksi", ""], row[4..]);
        Assert.DoesNotContain(document.WorkbookPart.WorksheetParts.Single().Worksheet.Descendants<CellFormula>(), _ => true);
    }
}
