using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Participation.Extensions.Forms.Definitions;
using Participation.Extensions.Forms.Entries;
using Participation.Extensions.Forms.Workflows.Mail;
using Participation.Extensions.Forms.Workflows.Webhooks;
using Participation.Extensions.Persistence;

namespace Participation.Extensions.Forms.Workflows;

/// <summary>
/// Runs the workflow outbox on every node, each row once for the cluster: a node claims a due row with one conditional
/// update, runs it, and marks it done, or counts the failure and sets the next attempt with backoff. A node that dies
/// holding a claim loses it after <see cref="ClaimFor"/>, and another node sends again (same Message-Id).
/// </summary>
internal sealed class WorkflowProcessor(
    ExtensionsDatabase database,
    FormCatalog forms,
    WorkflowQueue queue,
    SendEmailWorkflow sendEmail,
    PostToUrlWorkflow postToUrl,
    ChangeStateWorkflow changeState,
    IEnumerable<IOutboxTaskHandler> handlers,
    IOptions<WorkflowOptions> options,
    TimeProvider clock,
    ILogger<WorkflowProcessor> logger) : BackgroundService
{
    /// <summary>Longer than the slowest run (SMTP's 30 s timeout applies to connect, log-in and send each), so a live claim never runs out.</summary>
    private static readonly TimeSpan ClaimFor = TimeSpan.FromMinutes(5);

    private const int BatchSize = 100;

    private readonly string node = $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid():N}";

    private readonly Dictionary<string, IOutboxTaskHandler> handlerByType = handlers.ToDictionary(h => h.Type, StringComparer.Ordinal);

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    /// <summary>Runs every due row this node can claim; returns how many finished (done, not failed).</summary>
    public async Task<int> RunDueAsync(CancellationToken cancellationToken = default)
    {
        var finished = 0;
        List<long> due;
        do
        {
            await using (var db = database.CreateContext())
            {
                due = await Due(db, Now).OrderBy(t => t.NextAttemptUtc).ThenBy(t => t.Id).Select(t => t.Id).Take(BatchSize).ToListAsync(cancellationToken);
            }

            foreach (var id in due)
            {
                finished += await RunAsync(id, cancellationToken) ? 1 : 0;
            }
        }
        while (due.Count == BatchSize); // every listed row is now claimed elsewhere, done or waiting: the next list moves on

        return finished;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await queue.WaitAsync(options.Value.PollInterval, stoppingToken);
                await RunDueAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception)
            {
                logger.LogError(exception, "Running form workflows failed; trying again at the next poll");
            }
        }
    }

    private static IQueryable<WorkflowTask> Due(ExtensionsDbContext db, DateTime now) =>
        db.Set<WorkflowTask>().Where(t => t.DoneUtc == null && t.NextAttemptUtc <= now && (t.ClaimedUntil == null || t.ClaimedUntil < now));

    private async Task<bool> RunAsync(long id, CancellationToken cancellationToken)
    {
        await using var db = database.CreateContext();
        var now = Now;
        var claimed = await Due(db, now).Where(t => t.Id == id)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.ClaimedBy, node).SetProperty(t => t.ClaimedUntil, now + ClaimFor), cancellationToken);
        if (claimed == 0)
        {
            return false; // another node has it, or had it
        }

        var task = await db.Set<WorkflowTask>().AsNoTracking().SingleOrDefaultAsync(t => t.Id == id, cancellationToken);
        if (task is null)
        {
            return false; // deleted with its entry (an editor, an erasure, retention) after it was claimed
        }

        try
        {
            if (handlerByType.TryGetValue(task.WorkflowType, out var handler))
            {
                var handled = await handler.RunAsync(task, cancellationToken);
                return await CompleteAsync(db, id, null, handled, CancellationToken.None);
            }

            var (run, note) = await LoadAsync(db, task, cancellationToken);
            if (run is not null && run.Workflow.Type != WorkflowTypes.ChangeState)
            {
                note = run.Workflow.Type switch
                {
                    WorkflowTypes.SendEmail => await sendEmail.RunAsync(run, cancellationToken),
                    WorkflowTypes.PostToUrl => await postToUrl.RunAsync(run, cancellationToken),
                    _ => throw new WorkflowFailure($"Unknown workflow type {run.Workflow.Type}."),
                };
            }

            // Whatever went out went out: recording it is not cancelled by a stopping node.
            return await CompleteAsync(db, id, run, note, CancellationToken.None);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The node is stopping: let another node have the row now instead of when the claim runs out.
            await db.Set<WorkflowTask>().Where(t => t.Id == id && t.ClaimedBy == node)
                .ExecuteUpdateAsync(s => s.SetProperty(t => t.ClaimedBy, (string?)null).SetProperty(t => t.ClaimedUntil, (DateTime?)null), CancellationToken.None);
            throw;
        }
        catch (Exception exception)
        {
            var attempts = task.Attempts + 1;
            var error = WorkflowFailure.Describe(exception);
            var next = Now + options.Value.Backoff(attempts);
            logger.LogWarning(exception, "Form workflow {Type} failed for task {Task} (attempt {Attempts})", task.WorkflowType, id, attempts);
            await db.Set<WorkflowTask>().Where(t => t.Id == id && t.DoneUtc == null).ExecuteUpdateAsync(
                s => s.SetProperty(t => t.Attempts, attempts).SetProperty(t => t.LastError, error).SetProperty(t => t.NextAttemptUtc, next)
                    .SetProperty(t => t.ClaimedBy, (string?)null).SetProperty(t => t.ClaimedUntil, (DateTime?)null),
                CancellationToken.None);
            return false;
        }
    }

    /// <summary>The row's entry, form and workflow; when one is gone there is nothing to do, and the note says why.</summary>
    private async Task<(WorkflowRun? Run, string? Note)> LoadAsync(ExtensionsDbContext db, WorkflowTask task, CancellationToken cancellationToken)
    {
        var entry = await db.Set<FormEntry>().AsNoTracking().SingleOrDefaultAsync(e => e.Id == task.EntryId, cancellationToken);
        var form = await forms.GetAsync(task.FormId, cancellationToken);
        var workflow = form?.Workflows.FirstOrDefault(w => w.Id == task.WorkflowId);
        return (entry, form, workflow) switch
        {
            (null, _, _) => (null, "The entry was deleted."),
            ({ AnonymisedUtc: not null }, _, _) => (null, "The entry was anonymised."),
            (_, null, _) => (null, "The form was deleted."),
            (_, _, null) => (null, "The workflow was removed from the form."),
            _ => (new WorkflowRun(task, form!, workflow!, entry!), null),
        };
    }

    /// <summary>
    /// Marks the row done only if it is not done yet, in one transaction with what a change of state writes: should a
    /// slow run outlive its claim, the second finisher changes nothing.
    /// </summary>
    private async Task<bool> CompleteAsync(ExtensionsDbContext db, long id, WorkflowRun? run, string? note, CancellationToken cancellationToken)
    {
        var now = Now;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var changesState = run?.Workflow.Type == WorkflowTypes.ChangeState;
        if (changesState)
        {
            note = await changeState.ApplyAsync(db, run!, now, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
        }

        var marked = await db.Set<WorkflowTask>().Where(t => t.Id == id && t.DoneUtc == null).ExecuteUpdateAsync(
            s => s.SetProperty(t => t.DoneUtc, now).SetProperty(t => t.Note, note).SetProperty(t => t.LastError, (string?)null)
                .SetProperty(t => t.ClaimedBy, (string?)null).SetProperty(t => t.ClaimedUntil, (DateTime?)null),
            cancellationToken);
        if (marked == 0)
        {
            return false; // disposing the transaction rolls back
        }

        await transaction.CommitAsync(cancellationToken);
        if (changesState)
        {
            queue.Wake();
        }

        return true;
    }
}
