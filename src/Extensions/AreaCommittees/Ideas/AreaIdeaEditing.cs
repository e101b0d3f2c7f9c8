using Microsoft.EntityFrameworkCore;
using Participation.Cms.Persistence;
using Participation.Extensions.Forms.Entries;
using Participation.Extensions.Forms.Workflows;
using Participation.Extensions.Persistence;

namespace Participation.Extensions.AreaCommittees.Ideas;

/// <summary>
/// An editor sets an idea's status, the committee's answer and the euros committed. The idea, its area's totals, the
/// audit row and the mail to the submitter are written in one transaction: the page's committed total never
/// disagrees with its ideas, and a change that did not commit mails nobody.
/// </summary>
public sealed class AreaIdeaEditing(UnitOfWorkProvider unitOfWork, ExtensionsDatabase database, WorkflowQueue queue)
{
    public async Task<IdeaChangeResult> ChangeAsync(Guid entryId, long version, IdeaChange change, string user, CancellationToken cancellationToken)
    {
        await using var uow = await unitOfWork.BeginAsync(cancellationToken);
        await using var db = await database.JoinAsync(uow, cancellationToken);
        var idea = await db.Set<AreaIdea>().AsNoTracking().FirstOrDefaultAsync(i => i.EntryId == entryId, cancellationToken);
        if (idea is null)
        {
            return IdeaChangeResult.Missing;
        }

        if (idea.Version != version)
        {
            return IdeaChangeResult.Conflict;
        }

        var answer = string.IsNullOrWhiteSpace(change.Answer) ? null : change.Answer.Replace("\r\n", "\n").Trim();
        var now = uow.Now;

        // Conditional again: a second editor saving between the read and here is not overwritten, and the totals
        // below are moved from exactly the values this update replaced.
        var updated = await db.Set<AreaIdea>().Where(i => i.EntryId == entryId && i.Version == version).ExecuteUpdateAsync(s => s
            .SetProperty(i => i.Status, change.Status)
            .SetProperty(i => i.Answer, answer)
            .SetProperty(i => i.CommittedEuros, change.CommittedEuros)
            .SetProperty(i => i.UpdatedUtc, now)
            .SetProperty(i => i.UpdatedBy, user)
            .SetProperty(i => i.Version, i => i.Version + 1), cancellationToken);
        if (updated == 0)
        {
            return IdeaChangeResult.Conflict;
        }

        var totals = IdeaTotalsChange.Of(idea.Status, -1, -idea.CommittedEuros) + IdeaTotalsChange.Of(change.Status, 1, change.CommittedEuros);
        await totals.ApplyAsync(db, idea.AreaKey, cancellationToken);

        var tell = (idea.Status != change.Status || idea.Answer != answer)
            && await db.Set<FormEntry>().AnyAsync(e => e.Id == entryId && e.SubjectEmail != null && e.AnonymisedUtc == null, cancellationToken);
        if (tell)
        {
            WorkflowQueue.EnqueueTask(db, IdeaChangedMail.TaskType, entryId, idea.FormId, IdeaChangedMail.Payload(change.Status, answer), now);
            await db.SaveChangesAsync(cancellationToken);
        }

        uow.Audit(user, "AreaIdeaChanged", idea.AreaKey, $"{entryId} {change.Status} {change.CommittedEuros} EUR");
        await uow.CompleteAsync(cancellationToken);
        if (tell)
        {
            queue.Wake();
        }

        return IdeaChangeResult.Saved;
    }
}
