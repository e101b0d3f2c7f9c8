using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Participation.Extensions.Forms.Uploads;
using Participation.Extensions.Forms.Workflows;
using Participation.Extensions.Persistence;

namespace Participation.Extensions.Forms.Entries;

/// <summary>
/// Deletes entries with everything that hangs off them: file rows, workflow rows (whose errors may quote an address)
/// and, once the caller has committed, the files' bytes. Used by editors' deletes, data-subject erasure and retention,
/// so none of them can forget a part.
/// </summary>
public sealed class EntryRemoval(FormUploadStore uploads, IEnumerable<IEntryRemovalParticipant> participants, ILogger<EntryRemoval> logger)
{
    /// <summary>Deletes the rows inside the caller's transaction; returns the stored files to pass to <see cref="DeleteFiles"/> after the commit.</summary>
    public async Task<IReadOnlyList<string>> DeleteRowsAsync(ExtensionsDbContext db, IReadOnlyCollection<Guid> entryIds, CancellationToken cancellationToken)
    {
        var files = await DeleteFileRowsAsync(db, entryIds, cancellationToken);
        foreach (var participant in participants)
        {
            await participant.EntriesRemovedAsync(db, entryIds, cancellationToken);
        }

        await db.Set<WorkflowTask>().Where(t => entryIds.Contains(t.EntryId)).ExecuteDeleteAsync(cancellationToken);
        await db.Set<FormEntry>().Where(e => entryIds.Contains(e.Id)).ExecuteDeleteAsync(cancellationToken);
        return files;
    }

    /// <summary>Deletes only the entries' file rows (anonymising keeps the entry); returns the stored files.</summary>
    public async Task<IReadOnlyList<string>> DeleteFileRowsAsync(ExtensionsDbContext db, IReadOnlyCollection<Guid> entryIds, CancellationToken cancellationToken)
    {
        var files = await db.Set<FormEntryFile>().Where(f => entryIds.Contains(f.EntryId)).Select(f => f.StorageName).ToListAsync(cancellationToken);
        await db.Set<FormEntryFile>().Where(f => entryIds.Contains(f.EntryId)).ExecuteDeleteAsync(cancellationToken);
        return files;
    }

    /// <summary>
    /// After the commit: a rolled-back delete must not lose files its entries still point at. A file that cannot be
    /// deleted now is logged and left as an orphan without a row, which no page can reach.
    /// </summary>
    public void DeleteFiles(IEnumerable<string> storageNames)
    {
        foreach (var name in storageNames)
        {
            try
            {
                uploads.Delete(name);
            }
            catch (IOException exception)
            {
                logger.LogError(exception, "Uploaded file {StorageName} of a deleted entry could not be deleted", name);
            }
        }
    }
}
