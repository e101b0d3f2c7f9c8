using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Participation.Cms.Jobs;
using Participation.Extensions.Forms.Definitions;
using Participation.Extensions.Forms.Entries;
using Participation.Extensions.Forms.Workflows;
using Participation.Extensions.Persistence;

namespace Participation.Extensions.Forms.Retention;

/// <summary>
/// Every hour, on the one node holding the lease, deletes or anonymises the entries of each form older than its
/// <see cref="FormDefinition.RetentionDays"/>, oldest first through the (FormId, CreatedUtc) index, in batches so a
/// first run over years of entries never holds one long transaction. Umbraco Forms ships this job disabled; here a
/// form's retention is a promise in its consent text, so it is on.
/// </summary>
public sealed class EntryRetention(
    ExtensionsDatabase database,
    FormCatalog forms,
    EntryRemoval removal,
    Leases leases,
    TimeProvider clock,
    ILogger<EntryRetention> logger) : BackgroundService
{
    public const string LeaseName = "forms-retention";

    public const int BatchSize = 200;

    private static readonly TimeSpan Interval = TimeSpan.FromHours(1);

    /// <summary>One pass over every form; returns how many entries were deleted or anonymised (0 when another node holds the lease).</summary>
    public async Task<int> RunOnceAsync(CancellationToken cancellationToken = default)
    {
        if (!await leases.TryAcquireAsync(LeaseName, Interval * 2, cancellationToken))
        {
            return 0;
        }

        var done = 0;
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var form in (await forms.ListAsync(cancellationToken)).Where(f => f.RetentionDays > 0))
        {
            var before = now.AddDays(-form.RetentionDays);
            int batch;
            do
            {
                batch = await RunBatchAsync(form, before, now, cancellationToken);
                done += batch;
            }
            while (batch == BatchSize);
        }

        if (done > 0)
        {
            logger.LogInformation("Retention removed or anonymised {Count} form entries", done);
        }

        return done;
    }

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        PeriodicJob.RunAsync("Form entry retention", Interval, clock, logger, RunOnceAsync, stoppingToken);

    private async Task<int> RunBatchAsync(FormDefinition form, DateTime before, DateTime now, CancellationToken cancellationToken)
    {
        var anonymise = form.RetentionAction == RetentionAction.Anonymise;
        await using var db = database.CreateContext();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var entries = await db.Set<FormEntry>()
            .Where(e => e.FormId == form.Id && e.CreatedUtc < before && (!anonymise || e.AnonymisedUtc == null))
            .OrderBy(e => e.CreatedUtc).Take(BatchSize).ToListAsync(cancellationToken);
        var ids = entries.Select(e => e.Id).ToList();
        IReadOnlyList<string> files;
        if (anonymise)
        {
            files = await removal.DeleteFileRowsAsync(db, ids, cancellationToken);
            foreach (var entry in entries)
            {
                entry.Values = JsonSerializer.Serialize(RetainedAnswers.Of(form, FormSubmissions.ReadValues(entry.Values)), FormSubmissions.ValuesJson);
                entry.SubjectEmail = null;
                entry.IdempotencyKey = null;
                entry.AnonymisedUtc = now;
                entry.UpdatedUtc = now;
            }

            // Unsent mails would quote the removed answers; finished rows' errors may quote an address.
            await db.Set<WorkflowTask>().Where(t => ids.Contains(t.EntryId)).ExecuteDeleteAsync(cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
        }
        else
        {
            files = await removal.DeleteRowsAsync(db, ids, cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        removal.DeleteFiles(files);
        return entries.Count;
    }
}
