using Microsoft.EntityFrameworkCore;
using Participation.Extensions.Forms.Definitions;
using Participation.Extensions.Forms.Entries;
using Participation.Extensions.Persistence;

namespace Participation.Extensions.Forms.Workflows;

/// <summary>
/// The <c>changeState</c> workflow: approves or rejects the entry (setting <c>state</c>) and queues that stage's
/// workflows. It runs inside the transaction that marks its own row done, so a retry can never queue them twice.
/// </summary>
internal sealed class ChangeStateWorkflow(WorkflowQueue queue, IEnumerable<IEntryStateParticipant> participants)
{
    public const string ChangedBy = "workflow";

    public async Task<string?> ApplyAsync(ExtensionsDbContext db, WorkflowRun run, DateTime now, CancellationToken cancellationToken)
    {
        var (state, stage) = run.Workflow.Setting("state")?.ToLowerInvariant() switch
        {
            "approved" => (FormEntryState.Approved, WorkflowStage.Approve),
            "rejected" => (FormEntryState.Rejected, WorkflowStage.Reject),
            _ => throw new WorkflowFailure("The workflow's state must be approved or rejected."),
        };

        var entry = await db.Set<FormEntry>().SingleAsync(e => e.Id == run.Entry.Id, cancellationToken);

        // Also what ends a loop: an approve-stage workflow that approves finds the entry approved already.
        if (entry.State == state)
        {
            return $"The entry was {state.ToString().ToLowerInvariant()} already.";
        }

        entry.State = state;
        entry.StateChangedBy = ChangedBy;
        entry.UpdatedUtc = now;
        queue.Enqueue(db, run.Form, entry, stage, now);
        foreach (var participant in participants)
        {
            await participant.EntryStateChangedAsync(db, run.Form, entry, now, cancellationToken);
        }

        return null;
    }
}
