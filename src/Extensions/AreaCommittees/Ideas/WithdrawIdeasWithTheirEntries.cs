using Microsoft.EntityFrameworkCore;
using Participation.Extensions.Forms.Entries;
using Participation.Extensions.Persistence;

namespace Participation.Extensions.AreaCommittees.Ideas;

/// <summary>
/// When an idea's entry is deleted (by an editor, retention or a data-subject erasure), the idea leaves the area page
/// as a rejected one does, totals included: its title and text are the sender's own words, copied from the entry.
/// </summary>
internal sealed class WithdrawIdeasWithTheirEntries : IEntryRemovalParticipant
{
    public async Task EntriesRemovedAsync(ExtensionsDbContext db, IReadOnlyCollection<Guid> entryIds, CancellationToken cancellationToken)
    {
        var ideas = await db.Set<AreaIdea>().Where(i => entryIds.Contains(i.EntryId)).Select(i => i.EntryId).ToListAsync(cancellationToken);
        foreach (var entryId in ideas)
        {
            await PublishIdeasOnApproval.WithdrawAsync(db, entryId, cancellationToken);
        }
    }
}
