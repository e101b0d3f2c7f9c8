using Microsoft.EntityFrameworkCore;
using Participation.Cms.Persistence;

namespace Participation.Cms.Notifications;

/// <summary>
/// Writes a unit of work's notifications as one instruction row, with an outbox row for each cluster-wide handler
/// that wants them, inside the unit of work's own transaction: the change and its instruction commit or vanish together.
/// </summary>
public sealed class ChangeLog(CmsDatabase database, NotificationJson json, IEnumerable<HandlerRegistration> registrations)
{
    public const string Channel = "cms_changes";

    private readonly HandlerRegistration[] clusterHandlers = registrations.Where(r => r.Scope == HandlerScope.Cluster).ToArray();

    /// <summary>The node name written on instructions, and the outbox claimant.</summary>
    public string Origin { get; } = $"{Environment.MachineName}/{Environment.ProcessId}";

    public async Task<long> WriteAsync(CmsDbContext db, IReadOnlyList<INotification> notifications, DateTime now, CancellationToken cancellationToken)
    {
        if (database.Provider == DatabaseProvider.PostgreSQL)
        {
            // Ids come from a sequence at insert, but transactions commit in any order: a reader that saw id 11 could
            // miss 10 committing later. Holding this lock from the insert to the commit makes commit order id order.
            // SQLite needs nothing: it has one writer at a time.
            await db.Database.ExecuteSqlRawAsync("SELECT pg_advisory_xact_lock(724153)", cancellationToken);
        }

        var instruction = new InstructionRecord { CreatedAt = now, Origin = Origin, Payload = json.Write(notifications) };
        db.Instructions.Add(instruction);
        await db.SaveChangesAsync(cancellationToken);
        foreach (var handler in clusterHandlers.Where(h => notifications.Any(h.Handles)))
        {
            db.Outbox.Add(new OutboxRecord { InstructionId = instruction.Id, Handler = handler.Name, CreatedAt = now, NextAttemptAt = now });
        }

        if (database.Provider == DatabaseProvider.PostgreSQL)
        {
            // Delivered to listening nodes only when the transaction commits.
            await db.Database.ExecuteSqlAsync($"SELECT pg_notify({Channel}, {instruction.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)})", cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);
        return instruction.Id;
    }

    public async Task<long> LatestIdAsync(CancellationToken cancellationToken)
    {
        await using var db = database.CreateContext();
        return await db.Instructions.MaxAsync(i => (long?)i.Id, cancellationToken) ?? 0;
    }
}
