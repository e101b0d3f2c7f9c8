using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Participation.Cms.Notifications;
using Participation.Cms.Persistence;

namespace Participation.Cms.Jobs;

/// <summary>
/// Runs cluster-wide handlers (mail, webhooks) once per change: any node may claim a due outbox row with one
/// conditional update, so two nodes never run the same row at once; a failure is kept on the row and retried with backoff.
/// </summary>
public sealed class OutboxProcessor(
    CmsDatabase database,
    ChangeLog changeLog,
    NotificationJson json,
    IEnumerable<HandlerRegistration> registrations,
    IServiceProvider services,
    IOptions<ChangeOptions> options,
    TimeProvider clock,
    ILogger<OutboxProcessor> logger) : BackgroundService
{
    private static readonly TimeSpan ClaimFor = TimeSpan.FromMinutes(2);

    private readonly Dictionary<string, HandlerRegistration> handlers =
        registrations.Where(r => r.Scope == HandlerScope.Cluster).ToDictionary(r => r.Name, StringComparer.Ordinal);

    /// <summary>Runs every due row this node can claim; returns how many succeeded.</summary>
    public async Task<int> RunDueAsync(CancellationToken cancellationToken = default)
    {
        if (handlers.Count == 0)
        {
            return 0;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        List<long> due;
        await using (var db = database.CreateContext())
        {
            due = await db.Outbox.Where(o => o.DoneAt == null && o.NextAttemptAt <= now && (o.ClaimedUntil == null || o.ClaimedUntil < now))
                .OrderBy(o => o.Id).Select(o => o.Id).Take(100).ToListAsync(cancellationToken);
        }

        var succeeded = 0;
        foreach (var id in due)
        {
            if (await RunAsync(id, cancellationToken))
            {
                succeeded++;
            }
        }

        return succeeded;
    }

    private async Task<bool> RunAsync(long id, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await using var db = database.CreateContext();
        var claimed = await db.Outbox.Where(o => o.Id == id && o.DoneAt == null && (o.ClaimedUntil == null || o.ClaimedUntil < now))
            .ExecuteUpdateAsync(o => o.SetProperty(x => x.ClaimedBy, changeLog.Origin).SetProperty(x => x.ClaimedUntil, now + ClaimFor), cancellationToken);
        if (claimed == 0)
        {
            return false; // another node has it
        }

        var row = await db.Outbox.SingleAsync(o => o.Id == id, cancellationToken);
        var payload = await db.Instructions.Where(i => i.Id == row.InstructionId).Select(i => i.Payload).FirstOrDefaultAsync(cancellationToken);
        try
        {
            if (payload is not null && handlers.TryGetValue(row.Handler, out var handler))
            {
                await handler.InvokeAsync(services, json.Read(payload), cancellationToken);
            }

            row.DoneAt = clock.GetUtcNow().UtcDateTime;
            row.LastError = null;
            return true;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            row.Attempts++;
            row.LastError = ex.Message.Length > 2000 ? ex.Message[..2000] : ex.Message;
            row.NextAttemptAt = now + options.Value.Backoff(row.Attempts);
            logger.LogError(ex, "Cluster handler {Handler} failed on instruction {Id} (attempt {Attempts})", row.Handler, row.InstructionId, row.Attempts);
            return false;
        }
        finally
        {
            row.ClaimedBy = null;
            row.ClaimedUntil = null;
            await db.SaveChangesAsync(CancellationToken.None);
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(options.Value.PollInterval, clock, stoppingToken);
                await RunDueAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                logger.LogError(ex, "Running the outbox failed; trying again");
            }
        }
    }
}
