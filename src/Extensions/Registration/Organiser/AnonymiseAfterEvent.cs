using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Participation.Cms.Jobs;
using Participation.Cms.PublishedCache;
using Participation.Cms.Site;
using Participation.Extensions.Forms.Definitions;
using Participation.Extensions.Forms.Entries;
using Participation.Extensions.Forms.Retention;
using Participation.Extensions.Forms.Workflows;
using Participation.Extensions.Persistence;
using Participation.Extensions.Registration.Seats;

namespace Participation.Extensions.Registration.Organiser;

/// <summary>
/// A set number of days after an event, its participants' names, addresses and answers that carry personal data (diet,
/// accessibility, free text) are replaced; status, party size and attendance stay for the statistics, and so do the
/// seat counts. Runs hourly over the published events; one event's rows in one transaction.
/// </summary>
internal sealed class AnonymiseAfterEvent(
    ExtensionsDatabase database,
    PublishedSnapshotService snapshots,
    FormCatalog forms,
    SiteOptions site,
    IOptions<RegistrationOptions> options,
    TimeProvider clock,
    ILogger<AnonymiseAfterEvent> logger) : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromHours(1);

    public async Task<int> RunOnceAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var done = 0;
        foreach (var item in snapshots.Current.OfType(EventSchedule.ContentType))
        {
            var schedule = EventSchedule.Of(item, site);
            if ((schedule.End ?? schedule.Start) is { } over && over.AddDays(options.Value.AnonymiseDaysAfterEvent) < now)
            {
                done += await AnonymiseAsync(item.Key, schedule.FormId, now.UtcDateTime, cancellationToken);
            }
        }

        if (done > 0)
        {
            logger.LogInformation("Anonymised {Count} registrations of past events", done);
        }

        return done;
    }

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        PeriodicJob.RunAsync("Registration anonymisation", Interval, clock, logger, RunOnceAsync, stoppingToken);

    private async Task<int> AnonymiseAsync(Guid eventKey, Guid? formId, DateTime now, CancellationToken cancellationToken)
    {
        await using var db = database.CreateContext();
        var rows = await db.Set<EventRegistration>().Where(r => r.EventKey == eventKey && r.AnonymisedUtc == null).ToListAsync(cancellationToken);
        if (rows.Count == 0)
        {
            return 0;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var form = formId is { } id ? await forms.GetAsync(id, cancellationToken) : null;
        var entryIds = rows.Where(r => r.EntryId is not null).Select(r => r.EntryId!.Value).ToList();
        var entries = await db.Set<FormEntry>().Where(e => entryIds.Contains(e.Id) && e.AnonymisedUtc == null).ToListAsync(cancellationToken);
        foreach (var entry in entries)
        {
            var answers = FormSubmissions.ReadValues(entry.Values);
            IReadOnlyDictionary<string, IReadOnlyList<string>> kept = form is null ? new Dictionary<string, IReadOnlyList<string>>() : RetainedAnswers.Of(form, answers);
            entry.Values = JsonSerializer.Serialize(kept, FormSubmissions.ValuesJson);
            entry.SubjectEmail = null;
            entry.IdempotencyKey = null;
            entry.AnonymisedUtc = now;
            entry.UpdatedUtc = now;
        }

        foreach (var row in rows)
        {
            row.Name = "";
            row.Email = "anonymised-" + row.Id.ToString("N"); // unique per event by construction
            row.AnonymisedUtc = now;
            row.UpdatedUtc = now;
        }

        // Unsent mails would go to an address that is gone.
        await db.Set<WorkflowTask>().Where(t => entryIds.Contains(t.EntryId) && t.DoneUtc == null).ExecuteDeleteAsync(cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return rows.Count;
    }
}
