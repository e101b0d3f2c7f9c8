using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Participation.Cms.Backoffice.Text;
using Participation.Cms.Content;
using Participation.Cms.Persistence;

namespace Participation.Cms.Jobs;

/// <summary>
/// Publishes and unpublishes at the times editors set. Only the node holding the lease runs jobs, and each job is
/// marked done in the same transaction as its publish, so a job runs once even with several nodes.
/// </summary>
public sealed class ScheduledPublisher(
    UnitOfWorkProvider unitOfWork,
    ContentService content,
    Leases leases,
    TimeProvider clock,
    ILogger<ScheduledPublisher> logger,
    BackofficeText text) : BackgroundService
{
    public const string LeaseName = "scheduled-publishing";

    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(30);

    public async Task ScheduleAsync(Guid key, string action, IReadOnlyList<string>? cultures, DateTimeOffset at, string user, CancellationToken cancellationToken = default)
    {
        if (action is not ("Publish" or "Unpublish"))
        {
            throw new ContentOperationException(text["schedule.invalidAction"]);
        }

        if (at <= clock.GetUtcNow())
        {
            throw new ContentOperationException(text["schedule.inPast"]);
        }

        await unitOfWork.RunAsync(null, async u =>
        {
            var node = await u.Db.GetNodeAsync(key, cancellationToken);
            u.Db.Schedules.Add(new ScheduleRecord
            {
                NodeKey = key,
                Action = action,
                VersionId = action == "Publish" ? node.DraftVersionId : null,
                Cultures = cultures is { Count: > 0 } ? string.Join(',', cultures) : null,
                At = at.UtcDateTime,
                CreatedBy = user,
                CreatedAt = u.Now,
            });
            u.Audit(user, "Schedule" + action, key, at.ToString("O"));
            return true;
        }, cancellationToken);
    }

    /// <summary>Runs every job that is due, if this node holds the lease. Returns how many ran.</summary>
    public async Task<int> RunDueAsync(CancellationToken cancellationToken = default)
    {
        if (!await leases.TryAcquireAsync(LeaseName, Interval * 4, cancellationToken))
        {
            return 0;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        List<long> due;
        await using (var db = unitOfWork.Database.CreateContext())
        {
            due = await db.Schedules.Where(s => s.DoneAt == null && s.At <= now).OrderBy(s => s.At).Select(s => s.Id).ToListAsync(cancellationToken);
        }

        foreach (var id in due)
        {
            await RunAsync(id, cancellationToken);
        }

        return due.Count;
    }

    private async Task RunAsync(long id, CancellationToken cancellationToken)
    {
        await using var uow = await unitOfWork.BeginAsync(cancellationToken);
        var job = await uow.Db.Schedules.FirstAsync(s => s.Id == id, cancellationToken);
        if (job.DoneAt is not null)
        {
            return; // another run took it meanwhile
        }

        var cultures = job.Cultures?.Split(',');
        var user = $"ajastus ({job.CreatedBy})";
        try
        {
            if (job.Action == "Publish")
            {
                // The version the editor saw when scheduling, not whatever a writer saved since (schedules made before
                // versions were recorded have none and publish the draft, as they did).
                await content.PublishAsync(job.NodeKey, job.VersionId, cultures, user, uow, cancellationToken);
            }
            else
            {
                await content.UnpublishAsync(job.NodeKey, cultures, user, uow, cancellationToken);
            }

            job.Outcome = "OK";
        }
        catch (Exception ex) when (ex is ContentValidationException or ContentOperationException)
        {
            // The job is done either way; the reason stays on it for the editor to see.
            logger.LogWarning("Scheduled {Action} of {Key} failed: {Message}", job.Action, job.NodeKey, ex.Message);
            uow.Db.ChangeTracker.Clear();
            uow.Db.Attach(job);
            job.Outcome = ex.Message;
        }

        job.DoneAt = uow.Now;
        await uow.CompleteAsync(cancellationToken);
    }

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        PeriodicJob.RunAsync("Scheduled publishing", Interval, clock, logger, RunDueAsync, stoppingToken);
}
