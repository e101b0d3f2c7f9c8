using Microsoft.EntityFrameworkCore;
using Participation.Cms.Persistence;
using Participation.Extensions.Forms.Definitions;
using Participation.Extensions.Forms.Workflows;
using Participation.Extensions.Persistence;

namespace Participation.Extensions.Forms.Entries;

/// <summary>
/// An editor approves, rejects or deletes an entry. Each runs in one transaction with its audit row (the engine's unit
/// of work, joined by the add-ons' context), and a state change writes that stage's workflows and the add-ons' rows
/// (<see cref="IEntryStateParticipant"/>) in the same transaction, so an approved entry always has its approve mails
/// coming and a failed commit sends none.
/// </summary>
public sealed class EntryModeration(
    UnitOfWorkProvider unitOfWork,
    ExtensionsDatabase database,
    FormCatalog forms,
    WorkflowQueue workflows,
    EntryRemoval removal,
    IEnumerable<IEntryStateParticipant> participants)
{
    public Task<bool> ApproveAsync(Guid entryId, string user, CancellationToken cancellationToken) =>
        ChangeStateAsync(entryId, FormEntryState.Approved, WorkflowStage.Approve, user, cancellationToken);

    public Task<bool> RejectAsync(Guid entryId, string user, CancellationToken cancellationToken) =>
        ChangeStateAsync(entryId, FormEntryState.Rejected, WorkflowStage.Reject, user, cancellationToken);

    /// <summary>Deletes the entry, its files and workflow rows; returns its form, or null when there was no such entry.</summary>
    public async Task<Guid?> DeleteAsync(Guid entryId, string user, CancellationToken cancellationToken)
    {
        await using var uow = await unitOfWork.BeginAsync(cancellationToken);
        await using var db = await database.JoinAsync(uow, cancellationToken);
        var formId = await db.Set<FormEntry>().Where(e => e.Id == entryId).Select(e => (Guid?)e.FormId).FirstOrDefaultAsync(cancellationToken);
        if (formId is null)
        {
            return null;
        }

        var files = await removal.DeleteRowsAsync(db, [entryId], cancellationToken);
        uow.Audit(user, "FormEntryDelete", null, entryId.ToString());
        uow.OnCommitted(() => removal.DeleteFiles(files));
        await uow.CompleteAsync(cancellationToken);
        return formId;
    }

    private async Task<bool> ChangeStateAsync(Guid entryId, FormEntryState state, WorkflowStage stage, string user, CancellationToken cancellationToken)
    {
        await using var uow = await unitOfWork.BeginAsync(cancellationToken);
        await using var db = await database.JoinAsync(uow, cancellationToken);
        var entry = await db.Set<FormEntry>().AsNoTracking().FirstOrDefaultAsync(e => e.Id == entryId, cancellationToken);
        if (entry is null)
        {
            return false;
        }

        // Conditional, so two editors approving at once enqueue the approve mails once.
        var now = uow.Now;
        var changed = await db.Set<FormEntry>().Where(e => e.Id == entryId && e.State != state).ExecuteUpdateAsync(e => e
            .SetProperty(x => x.State, state)
            .SetProperty(x => x.UpdatedUtc, now)
            .SetProperty(x => x.StateChangedBy, user), cancellationToken);
        if (changed == 1 && await forms.GetAsync(entry.FormId, cancellationToken) is { } form)
        {
            entry.State = state;
            workflows.Enqueue(db, form, entry, stage, now);
            foreach (var participant in participants)
            {
                await participant.EntryStateChangedAsync(db, form, entry, now, cancellationToken);
            }

            await db.SaveChangesAsync(cancellationToken);
        }

        uow.Audit(user, "FormEntry" + state, null, entryId.ToString());
        await uow.CompleteAsync(cancellationToken);
        if (changed == 1)
        {
            workflows.Wake();
        }

        return true;
    }
}
