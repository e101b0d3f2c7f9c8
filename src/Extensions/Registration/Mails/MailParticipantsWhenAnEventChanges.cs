using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Participation.Cms.Notifications;
using Participation.Cms.PublishedCache;
using Participation.Cms.Site;
using Participation.Extensions.Forms.Workflows;
using Participation.Extensions.Persistence;
using Participation.Extensions.Registration.Seats;

namespace Participation.Extensions.Registration.Mails;

/// <summary>
/// After an event is published again: a new time or place is mailed to everyone registered or waiting (with an updated
/// calendar entry and a new reminder), a time set for an event that took expressions of interest is mailed to those
/// people, and added seats go to the first in line. Runs on every node after its snapshot, and under the event's lock
/// only the first node to see the newer version acts, so each change is mailed once.
/// </summary>
internal sealed class MailParticipantsWhenAnEventChanges(
    ExtensionsDatabase database,
    PublishedSnapshotService snapshots,
    EventGate gate,
    SeatBoard board,
    WorkflowQueue queue,
    SiteOptions site,
    IOptions<RegistrationOptions> options,
    TimeProvider clock) : INotificationHandler<ContentPublished>
{
    public async Task HandleAsync(IReadOnlyList<ContentPublished> notifications, CancellationToken cancellationToken)
    {
        foreach (var key in notifications.Select(n => n.Key).Distinct())
        {
            if (snapshots.Current.GetByKey(key) is { ContentTypeAlias: EventSchedule.ContentType } item)
            {
                await ApplyAsync(item, cancellationToken);
            }
        }
    }

    private async Task ApplyAsync(PublishedContent item, CancellationToken cancellationToken)
    {
        using var pass = await gate.EnterAsync(item.Key, cancellationToken);
        await using var db = database.CreateContext();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var seats = await SeatLedger.LockAsync(db, item.Key, cancellationToken);
        if (seats is null || seats.ScheduleSeenUtc >= item.UpdateDate)
        {
            return; // nobody has signed up, or this version was handled already
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var schedule = EventSchedule.Of(item, site);
        var before = seats.Schedule;
        seats.ScheduleSeenUtc = item.UpdateDate;
        seats.Schedule = schedule.Stamp;
        if (before is not null && before != schedule.Stamp)
        {
            var timeSet = before == EventSchedule.OpenStamp;
            if (!timeSet)
            {
                seats.Sequence++;
            }

            var told = timeSet ? [RegistrationStatus.Interested] : new[] { RegistrationStatus.Confirmed, RegistrationStatus.Waitlisted };
            var people = await db.Set<EventRegistration>().Where(r => r.EventKey == item.Key && told.Contains(r.Status)).ToListAsync(cancellationToken);
            foreach (var person in people)
            {
                RegistrationMails.Enqueue(db, person, timeSet ? RegistrationMailKind.TimeSet : RegistrationMailKind.Changed, now);
                if (person.Status == RegistrationStatus.Confirmed)
                {
                    RegistrationMails.ScheduleReminder(db, person, schedule, options.Value.ReminderDays, now);
                }
            }
        }

        await db.SaveChangesAsync(cancellationToken);

        // More seats than before (or unlimited now): the queue moves.
        foreach (var promoted in await SeatLedger.PromoteAsync(db, seats, schedule, now, cancellationToken))
        {
            RegistrationMails.Enqueue(db, promoted, RegistrationMailKind.Promoted, now);
            RegistrationMails.ScheduleReminder(db, promoted, schedule, options.Value.ReminderDays, now);
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        board.Forget(item.Key);
        queue.Wake();
    }
}
