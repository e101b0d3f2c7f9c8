using Microsoft.EntityFrameworkCore;
using Participation.Extensions.Forms.Definitions;
using Participation.Extensions.Persistence;

namespace Participation.Extensions.Forms.Workflows;

/// <summary>
/// What the backoffice shows of the outbox: an entry's workflow runs, and the failing ones as an alert (a mail that
/// cannot be sent must not go unnoticed), with a retry that does not wait for the backoff.
/// </summary>
public sealed class WorkflowStatus(ExtensionsDatabase database, FormCatalog forms, WorkflowQueue queue, TimeProvider clock)
{
    public async Task<IReadOnlyList<WorkflowTaskStatus>> ForEntryAsync(Guid entryId, CancellationToken cancellationToken = default)
    {
        await using var db = database.CreateContext();
        var rows = await db.Set<WorkflowTask>().AsNoTracking().Where(t => t.EntryId == entryId).OrderBy(t => t.Id).ToListAsync(cancellationToken);
        return await DescribeAsync(rows, cancellationToken);
    }

    public async Task<int> FailingCountAsync(CancellationToken cancellationToken = default)
    {
        await using var db = database.CreateContext();
        return await Failing(db).CountAsync(cancellationToken);
    }

    /// <summary>The failing rows, the longest failing first.</summary>
    public async Task<IReadOnlyList<WorkflowTaskStatus>> FailingAsync(int take, CancellationToken cancellationToken = default)
    {
        await using var db = database.CreateContext();
        var rows = await Failing(db).OrderBy(t => t.CreatedUtc).ThenBy(t => t.Id).Take(take).ToListAsync(cancellationToken);
        return await DescribeAsync(rows, cancellationToken);
    }

    /// <summary>Makes an unfinished row due now and wakes this node; false when the row is done or unknown.</summary>
    public async Task<bool> RetryNowAsync(long taskId, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await using var db = database.CreateContext();
        var updated = await db.Set<WorkflowTask>().Where(t => t.Id == taskId && t.DoneUtc == null)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.NextAttemptUtc, now), cancellationToken);
        if (updated > 0)
        {
            queue.Wake();
        }

        return updated > 0;
    }

    private static IQueryable<WorkflowTask> Failing(ExtensionsDbContext db) =>
        db.Set<WorkflowTask>().AsNoTracking().Where(t => t.DoneUtc == null && t.Attempts > 0);

    private async Task<IReadOnlyList<WorkflowTaskStatus>> DescribeAsync(IReadOnlyList<WorkflowTask> rows, CancellationToken cancellationToken)
    {
        var statuses = new List<WorkflowTaskStatus>(rows.Count);
        foreach (var row in rows)
        {
            var workflow = (await forms.GetAsync(row.FormId, cancellationToken))?.Workflows.FirstOrDefault(w => w.Id == row.WorkflowId);
            var state = row.DoneUtc is not null ? WorkflowRunState.Done : row.Attempts > 0 ? WorkflowRunState.Failing : WorkflowRunState.Pending;
            statuses.Add(new WorkflowTaskStatus(
                row.Id, row.EntryId, row.FormId, workflow?.Name ?? "", row.WorkflowType, row.Stage, state,
                row.Attempts, row.LastError, row.Note, row.CreatedUtc, row.NextAttemptUtc, row.DoneUtc));
        }

        return statuses;
    }
}
