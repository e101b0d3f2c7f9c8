using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Participation.Cms.PublishedCache;
using Participation.Cms.Site;
using Participation.Extensions.Forms.Workflows;
using Participation.Extensions.Persistence;
using Participation.Extensions.Registration.Mails;
using Participation.Extensions.Registration.Seats;

namespace Participation.Extensions.Registration.Signup;

/// <summary>A registration as its owner sees it through their link.</summary>
public sealed record OwnRegistration(EventRegistration Registration, int? Position, string Token);

/// <summary>What a participant does through their link, and what the organiser does to one registration: look, cancel.</summary>
public sealed class RegistrationDesk(
    ExtensionsDatabase database,
    EventGate gate,
    PublishedSnapshotService snapshots,
    SeatBoard board,
    WorkflowQueue queue,
    SiteOptions site,
    IOptions<RegistrationOptions> options,
    TimeProvider clock)
{
    public async Task<OwnRegistration?> FindAsync(Guid eventKey, Guid registrationId, string token, CancellationToken cancellationToken)
    {
        await using var db = database.CreateContext();
        var registration = await db.Set<EventRegistration>().AsNoTracking().SingleOrDefaultAsync(r => r.Id == registrationId && r.EventKey == eventKey, cancellationToken);
        if (registration is null || registration.AnonymisedUtc is not null)
        {
            return null;
        }

        int? position = registration.Status == RegistrationStatus.Waitlisted ? await SeatLedger.PositionAsync(db, registration, cancellationToken) : null;
        return new OwnRegistration(registration, position, token);
    }

    /// <summary>
    /// Cancels and, in the same transaction, gives the freed seats to the first in line, mailing the one who cancelled
    /// (with a calendar cancellation) and each one promoted. False when there was nothing to cancel.
    /// </summary>
    public async Task<bool> CancelAsync(Guid eventKey, Guid registrationId, CancellationToken cancellationToken)
    {
        var utc = clock.GetUtcNow().UtcDateTime;
        using var pass = await gate.EnterAsync(eventKey, cancellationToken);
        await using var db = database.CreateContext();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var seats = await SeatLedger.LockAsync(db, eventKey, cancellationToken);
        var registration = await db.Set<EventRegistration>().SingleOrDefaultAsync(r => r.Id == registrationId && r.EventKey == eventKey, cancellationToken);
        if (seats is null || registration is null || registration.Status == RegistrationStatus.Cancelled)
        {
            return false;
        }

        SeatLedger.Release(seats, registration);
        registration.Status = RegistrationStatus.Cancelled;
        registration.Ticket = null;
        registration.CancelledUtc = utc;
        registration.UpdatedUtc = utc;
        RegistrationMails.Enqueue(db, registration, RegistrationMailKind.Cancelled, utc);
        await db.SaveChangesAsync(cancellationToken);

        if (snapshots.Current.GetByKey(eventKey) is { } item)
        {
            var schedule = EventSchedule.Of(item, site);
            foreach (var promoted in await SeatLedger.PromoteAsync(db, seats, schedule, utc, cancellationToken))
            {
                RegistrationMails.Enqueue(db, promoted, RegistrationMailKind.Promoted, utc);
                RegistrationMails.ScheduleReminder(db, promoted, schedule, options.Value.ReminderDays, utc);
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        board.Forget(eventKey);
        queue.Wake();
        return true;
    }
}
