using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Participation.Cms.Notifications;
using Participation.Cms.Persistence;

namespace Participation.Cms.Jobs;

/// <summary>
/// Deletes instructions and finished outbox rows older than the retention period, on the node holding the lease.
/// A node that was away longer than that rebuilds from the database instead of replaying (see <see cref="ChangeApplier"/>).
/// </summary>
public sealed class InstructionPruner(CmsDatabase database, Leases leases, IOptions<ChangeOptions> options, TimeProvider clock, ILogger<InstructionPruner> logger)
    : BackgroundService
{
    public const string LeaseName = "instruction-pruning";

    private static readonly TimeSpan Interval = TimeSpan.FromHours(1);

    public async Task<int> PruneAsync(CancellationToken cancellationToken = default)
    {
        if (!await leases.TryAcquireAsync(LeaseName, Interval * 2, cancellationToken))
        {
            return 0;
        }

        var before = clock.GetUtcNow().UtcDateTime - options.Value.Retention;
        await using var db = database.CreateContext();
        var latest = await db.Instructions.MaxAsync(i => (long?)i.Id, cancellationToken) ?? 0;

        // Unfinished outbox rows keep their instruction: the change still has work to do.
        var outbox = await db.Outbox.Where(o => o.DoneAt != null && o.DoneAt < before).ExecuteDeleteAsync(cancellationToken);
        var instructions = await db.Instructions
            .Where(i => i.CreatedAt < before && i.Id < latest && !db.Outbox.Any(o => o.InstructionId == i.Id))
            .ExecuteDeleteAsync(cancellationToken);
        logger.LogInformation("Pruned {Instructions} instructions and {Outbox} outbox rows older than {Before:O}", instructions, outbox, before);
        return instructions;
    }

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        PeriodicJob.RunAsync("Pruning the change log", Interval, clock, logger, PruneAsync, stoppingToken);
}
