using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Participation.Cms.Persistence;
using Participation.Extensions.Forms.Definitions;
using Participation.Extensions.Forms.Entries;
using Participation.Extensions.Persistence;

namespace Participation.Extensions.Forms.DataSubjects;

/// <summary>
/// A person asks what the site holds about them (GDPR art. 15), for a copy (art. 20) or for erasure (art. 17). Their
/// entries are found by <see cref="FormEntry.SubjectEmail"/> (an exact, lower-cased, indexed match, never a scan of
/// answers). Exports and erasures are audited with counts only: the audit log must not become a list of addresses.
/// </summary>
public sealed class DataSubjectRequests(
    ExtensionsDatabase database,
    FormCatalog forms,
    EntryRemoval removal,
    UnitOfWorkProvider unitOfWork,
    TimeProvider clock)
{
    private static readonly JsonSerializerOptions ExportJson = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public static string Normalise(string email) => email.Trim().ToLowerInvariant();

    public async Task<IReadOnlyList<FormEntry>> FindAsync(string email, CancellationToken cancellationToken)
    {
        var subject = Normalise(email);
        await using var db = database.CreateContext();
        return await db.Set<FormEntry>().AsNoTracking().Where(e => e.SubjectEmail == subject)
            .OrderByDescending(e => e.CreatedUtc).ToListAsync(cancellationToken);
    }

    /// <summary>Every entry of the address, with each answer under its question, as readable JSON.</summary>
    public async Task<byte[]> ExportAsync(string email, string user, CancellationToken cancellationToken)
    {
        var entries = await FindAsync(email, cancellationToken);
        var ids = entries.Select(e => e.Id).ToList();
        await using var db = database.CreateContext();
        var files = await db.Set<FormEntryFile>().AsNoTracking().Where(f => ids.Contains(f.EntryId)).ToListAsync(cancellationToken);
        var exported = new List<object>();
        foreach (var entry in entries)
        {
            var form = await forms.GetAsync(entry.FormId, cancellationToken);
            var values = FormSubmissions.ReadValues(entry.Values);
            exported.Add(new
            {
                entry.Id,
                Form = form?.Name,
                State = entry.State.ToString(),
                entry.CreatedUtc,
                entry.Culture,
                Answers = values.Select(v => new { Field = v.Key, Question = form?.Field(v.Key)?.Caption, Values = v.Value }),
                Files = files.Where(f => f.EntryId == entry.Id).Select(f => new { Field = f.FieldAlias, f.FileName, f.ContentType, f.Length }),
            });
        }

        await AuditAsync(user, "FormsDataSubjectExport", entries.Count, cancellationToken);
        return JsonSerializer.SerializeToUtf8Bytes(new { Subject = Normalise(email), ExportedUtc = clock.GetUtcNow(), Entries = exported }, ExportJson);
    }

    /// <summary>Deletes every entry of the address with its files and workflow rows; returns how many.</summary>
    public async Task<int> EraseAsync(string email, string user, CancellationToken cancellationToken)
    {
        var subject = Normalise(email);
        await using var uow = await unitOfWork.BeginAsync(cancellationToken);
        await using var db = await database.JoinAsync(uow, cancellationToken);
        var ids = await db.Set<FormEntry>().Where(e => e.SubjectEmail == subject).Select(e => e.Id).ToListAsync(cancellationToken);
        var files = await removal.DeleteRowsAsync(db, ids, cancellationToken);
        uow.Audit(user, "FormsDataSubjectErase", null, $"{ids.Count} entries");
        uow.OnCommitted(() => removal.DeleteFiles(files));
        await uow.CompleteAsync(cancellationToken);
        return ids.Count;
    }

    private Task AuditAsync(string user, string action, int count, CancellationToken cancellationToken) =>
        unitOfWork.RunAsync(null, u =>
        {
            u.Audit(user, action, null, $"{count} entries");
            return Task.FromResult(true);
        }, cancellationToken);
}
