using Microsoft.EntityFrameworkCore;
using Participation.Cms.Persistence;
using Participation.Cms.Site;
using Participation.Extensions.Forms.Definitions;
using Participation.Extensions.Forms.Entries;
using Participation.Extensions.Persistence;

namespace Participation.Extensions.Forms.Export;

/// <summary>The filtered entries of a form as a CSV or XLSX file. Copying personal data out of the site is audited.</summary>
public sealed class EntryExports(EntryQuery query, ExtensionsDatabase database, UnitOfWorkProvider unitOfWork, SiteOptions site, TimeProvider clock)
{
    public sealed record ExportFile(byte[] Content, string ContentType, string FileName);

    public async Task<ExportFile> ExportAsync(FormDefinition form, EntryFilter filter, string format, char delimiter, bool sensitive, string user, CancellationToken cancellationToken)
    {
        var entries = await query.AllAsync(form, filter, sensitive, cancellationToken);
        var table = EntryTable.Build(form, entries, await FileNamesAsync(entries, cancellationToken), sensitive, site.Zone);
        await unitOfWork.RunAsync(null, u =>
        {
            u.Audit(user, "FormEntriesExport", null, $"{form.Alias}: {entries.Count} ({format})");
            return Task.FromResult(true);
        }, cancellationToken);

        var name = $"{form.Alias}-{clock.GetUtcNow():yyyyMMdd}";
        return format == "xlsx"
            ? new ExportFile(XlsxWriter.Write(table, "Entries"), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", name + ".xlsx")
            : new ExportFile(CsvWriter.Write(table, delimiter), "text/csv; charset=utf-8", name + ".csv");
    }

    private async Task<IReadOnlyDictionary<Guid, string>> FileNamesAsync(IReadOnlyList<FormEntry> entries, CancellationToken cancellationToken)
    {
        var ids = entries.Select(e => e.Id).ToList();
        await using var db = database.CreateContext();
        // In chunks: one IN list per 500 entries stays under every database's parameter limit.
        var names = new Dictionary<Guid, string>();
        foreach (var chunk in ids.Chunk(500))
        {
            foreach (var file in await db.Set<FormEntryFile>().AsNoTracking().Where(f => chunk.Contains(f.EntryId)).ToListAsync(cancellationToken))
            {
                names[file.Id] = file.FileName;
            }
        }

        return names;
    }
}
