using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Participation.Cms.Persistence;

namespace Participation.Cms.Notifications;

/// <summary>
/// Applies the instruction log to this node, in id order, stage by stage: every node-local handler keeps its own
/// position, so a failing handler is retried from where it stopped (with backoff) while the others go on, and no
/// handler runs ahead of an earlier stage that is stuck (an index never reads a snapshot that missed a change).
/// The node that made a change applies it right after commit; other nodes on a wake-up or the next poll.
/// </summary>
public sealed class ChangeApplier(
    CmsDatabase database,
    ChangeLog changeLog,
    NotificationJson json,
    IEnumerable<HandlerRegistration> registrations,
    IServiceProvider services,
    IOptions<ChangeOptions> options,
    TimeProvider clock,
    ILogger<ChangeApplier> logger)
{
    private const int BatchSize = 500;

    private readonly HandlerRegistration[] handlers = registrations.Where(r => r.Scope == HandlerScope.EveryNode).OrderBy(r => r.Stage).ToArray();
    private readonly ConcurrentDictionary<string, HandlerPosition> positions = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim gate = new(1, 1);
    private readonly SemaphoreSlim wakeUp = new(0, 1);
    private bool started;

    /// <summary>Every node-local handler has applied the instructions up to here.</summary>
    public long AppliedThrough => positions.IsEmpty ? 0 : positions.Values.Min(p => p.Cursor);

    public IReadOnlyList<HandlerFailure> Failures =>
        positions.Where(p => p.Value.Failure is not null).Select(p => p.Value.Failure!).OrderBy(f => f.InstructionId).ToList();

    /// <summary>Called once the node's state (snapshot, indexes) has been loaded from the database as of <paramref name="appliedThrough"/>.</summary>
    public void Start(long appliedThrough)
    {
        foreach (var handler in handlers)
        {
            positions[handler.Name] = new HandlerPosition { Cursor = appliedThrough };
        }

        started = true;
    }

    /// <summary>Asks the background loop to look now (a wake-up from another node).</summary>
    public void Signal()
    {
        try
        {
            wakeUp.Release();
        }
        catch (SemaphoreFullException)
        {
            // already signalled; one wake-up covers every change committed so far
        }
    }

    /// <summary>Returns on a signal or when <paramref name="timeout"/> has passed, whichever comes first.</summary>
    public async Task WaitForSignalAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        await Task.WhenAny(Task.Delay(timeout, clock, stop.Token), wakeUp.WaitAsync(stop.Token));
        await stop.CancelAsync();
        cancellationToken.ThrowIfCancellationRequested();
    }

    /// <summary>Applies every committed instruction not yet applied here. Safe to call from anywhere; calls run one at a time.</summary>
    public async Task CatchUpAsync(CancellationToken cancellationToken = default)
    {
        if (!started)
        {
            return; // start-up loads everything from the database first
        }

        await gate.WaitAsync(cancellationToken);
        try
        {
            while (true)
            {
                var from = AppliedThrough;
                var latest = await changeLog.LatestIdAsync(cancellationToken);
                if (latest <= from)
                {
                    return;
                }

                if (latest - from > options.Value.MaxReplay)
                {
                    await RebuildAsync(latest, cancellationToken);
                    return;
                }

                List<InstructionRecord> batch;
                await using (var db = database.CreateContext())
                {
                    batch = await db.Instructions.AsNoTracking().Where(i => i.Id > from && i.Id <= latest)
                        .OrderBy(i => i.Id).Take(BatchSize).ToListAsync(cancellationToken);
                }

                // Instructions get consecutive ids (written last before commit, one writer at a time), so a hole right after
                // this node's position means rows it never applied were pruned (or, rarely, a commit failed after drawing its
                // id on PostgreSQL): it cannot replay what is gone, so it rebuilds, which is right either way.
                if (batch.Count == 0 || batch[0].Id > from + 1)
                {
                    await RebuildAsync(latest, cancellationToken);
                    return;
                }

                await ApplyAsync(batch, cancellationToken);
                if (AppliedThrough == from)
                {
                    return; // stuck on a failing handler: the loop retries after its backoff
                }
            }
        }
        finally
        {
            gate.Release();
        }
    }

    private async Task ApplyAsync(List<InstructionRecord> batch, CancellationToken cancellationToken)
    {
        var items = batch.Select(i => (i.Id, Notifications: json.Read(i.Payload))).ToList();
        var limit = batch[^1].Id;
        foreach (var stage in handlers.GroupBy(h => h.Stage))
        {
            var stageLimit = limit;
            foreach (var handler in stage)
            {
                var position = positions[handler.Name];
                if (position.Cursor >= limit)
                {
                    continue;
                }

                if (position.Failure is { } failure && failure.RetryAt > clock.GetUtcNow())
                {
                    stageLimit = Math.Min(stageLimit, position.Cursor);
                    continue;
                }

                var from = position.Cursor;
                try
                {
                    await handler.InvokeAsync(services, items.Where(i => i.Id > from && i.Id <= limit).SelectMany(i => i.Notifications), cancellationToken);
                    position.Cursor = limit;
                    position.Failure = null;
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    var attempts = (position.Failure?.Attempts ?? 0) + 1;
                    var retryAt = clock.GetUtcNow() + options.Value.Backoff(attempts);
                    position.Failure = new HandlerFailure(handler.Name, items.First(i => i.Id > from).Id, attempts, ex.Message, retryAt);
                    logger.LogError(ex, "Change handler {Handler} failed on instruction {Id} (attempt {Attempts}); retrying at {RetryAt}", handler.Name, position.Failure.InstructionId, attempts, retryAt);
                    stageLimit = Math.Min(stageLimit, from);
                }
            }

            limit = stageLimit; // later stages never pass a change an earlier stage has not applied
        }
    }

    private async Task RebuildAsync(long latest, CancellationToken cancellationToken)
    {
        logger.LogWarning("This node is behind the change log (applied {Applied}, latest {Latest}); rebuilding from the database", AppliedThrough, latest);
        foreach (var handler in handlers.Select(h => services.GetService(h.HandlerType)).OfType<IRebuildFromDatabase>().Distinct())
        {
            await handler.RebuildAsync(cancellationToken);
        }

        foreach (var position in positions.Values)
        {
            position.Cursor = latest;
            position.Failure = null;
        }
    }

    private sealed class HandlerPosition
    {
        public long Cursor { get; set; }

        public HandlerFailure? Failure { get; set; }
    }
}
