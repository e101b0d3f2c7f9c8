using Microsoft.EntityFrameworkCore;
using Participation.Extensions.Forms.Entries;
using Participation.Extensions.Persistence;
using Participation.Extensions.Registration.Seats;

namespace Participation.Extensions.Registration.Organiser;

/// <summary>
/// When a registration's entry is deleted (by an editor, retention or a data-subject erasure), the name and address
/// copied onto the registration go too. The row itself stays, so the event's seat count and queue remain true; it
/// opens no link any more and is mailed nothing.
/// </summary>
internal sealed class ForgetRegistrationsWithTheirEntries(TimeProvider clock) : IEntryRemovalParticipant
{
    public async Task EntriesRemovedAsync(ExtensionsDbContext db, IReadOnlyCollection<Guid> entryIds, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var rows = await db.Set<EventRegistration>().Where(r => r.EntryId != null && entryIds.Contains(r.EntryId.Value)).ToListAsync(cancellationToken);
        foreach (var row in rows)
        {
            row.EntryId = null;
            row.Name = "";
            row.Email = "erased-" + row.Id.ToString("N"); // unique per event by construction
            row.AnonymisedUtc = now;
            row.UpdatedUtc = now;
        }

        // The registration's own mails are keyed by its id once the entry is gone; the entry's rows are deleted by the caller.
        var ids = rows.Select(r => r.Id).ToList();
        await db.SaveChangesAsync(cancellationToken);
        await db.Set<Forms.Workflows.WorkflowTask>().Where(t => ids.Contains(t.EntryId) && t.DoneUtc == null).ExecuteDeleteAsync(cancellationToken);
    }
}
