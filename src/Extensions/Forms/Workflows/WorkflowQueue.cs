using Participation.Extensions.Forms.Definitions;
using Participation.Extensions.Forms.Entries;
using Participation.Extensions.Persistence;

namespace Participation.Extensions.Forms.Workflows;

/// <summary>
/// Writes a stage's workflows for an entry into the outbox, inside the caller's context and transaction, and wakes
/// this node's processor after the commit so a mail goes out at once instead of at the next poll.
/// </summary>
public sealed class WorkflowQueue
{
    private readonly SemaphoreSlim signal = new(0, 1);

    public void Enqueue(ExtensionsDbContext db, FormDefinition form, FormEntry entry, WorkflowStage stage, DateTime now)
    {
        foreach (var workflow in form.Workflows.Where(w => w.Stage == stage))
        {
            db.Set<WorkflowTask>().Add(new WorkflowTask
            {
                EntryId = entry.Id,
                FormId = form.Id,
                WorkflowId = workflow.Id,
                WorkflowType = workflow.Type,
                Stage = stage,
                CreatedUtc = now,
                NextAttemptUtc = now,
            });
        }
    }

    /// <summary>
    /// One task for an add-on's <see cref="IOutboxTaskHandler"/>, inside the caller's transaction; <paramref name="due"/>
    /// later than now schedules it (a reminder days before an event).
    /// </summary>
    public static WorkflowTask EnqueueTask(ExtensionsDbContext db, string type, Guid entryId, Guid formId, string payload, DateTime now, DateTime? due = null)
    {
        var task = new WorkflowTask
        {
            EntryId = entryId,
            FormId = formId,
            WorkflowId = Guid.Empty,
            WorkflowType = type,
            Stage = WorkflowStage.Submit,
            CreatedUtc = now,
            NextAttemptUtc = due ?? now,
            Payload = payload,
        };
        db.Set<WorkflowTask>().Add(task);
        return task;
    }

    /// <summary>Call after a commit that enqueued work.</summary>
    public void Wake()
    {
        try
        {
            signal.Release();
        }
        catch (SemaphoreFullException)
        {
            // already signalled: one wake-up covers every row written so far
        }
    }

    /// <summary>Waits for a wake-up or the poll interval, whichever comes first.</summary>
    public Task<bool> WaitAsync(TimeSpan poll, CancellationToken cancellationToken) => signal.WaitAsync(poll, cancellationToken);
}
