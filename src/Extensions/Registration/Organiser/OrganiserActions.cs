using Microsoft.EntityFrameworkCore;
using Participation.Extensions.Forms.Workflows;
using Participation.Extensions.Persistence;
using Participation.Extensions.Registration.Mails;
using Participation.Extensions.Registration.Seats;

namespace Participation.Extensions.Registration.Organiser;

/// <summary>What an organiser does to a whole event: mark who came, write to everyone, call the event off.</summary>
public sealed class OrganiserActions(ExtensionsDatabase database, EventGate gate, SeatBoard board, WorkflowQueue queue, TimeProvider clock)
{
    /// <summary>Longest organiser message: it travels in the outbox row.</summary>
    public const int MaxMessageLength = 1500;

    public const int MaxSubjectLength = 150;

    private static readonly RegistrationStatus[] Registered = [RegistrationStatus.Confirmed, RegistrationStatus.Waitlisted];

    /// <summary>Sets attended or not for the listed registrations of this event; ids of other events are ignored.</summary>
    public async Task<int> MarkAttendanceAsync(Guid eventKey, IReadOnlyDictionary<Guid, bool> attended, CancellationToken cancellationToken)
    {
        await using var db = database.CreateContext();
        var ids = attended.Keys.ToList();
        var rows = await db.Set<EventRegistration>().Where(r => r.EventKey == eventKey && ids.Contains(r.Id)).ToListAsync(cancellationToken);
        foreach (var row in rows)
        {
            row.Attended = attended[row.Id];
        }

        await db.SaveChangesAsync(cancellationToken);
        return rows.Count;
    }

    /// <summary>One mail to each person registered or waiting, through the outbox; returns how many.</summary>
    public async Task<int> MailEveryoneAsync(Guid eventKey, string subject, string message, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await using var db = database.CreateContext();
        var people = await db.Set<EventRegistration>().Where(r => r.EventKey == eventKey && Registered.Contains(r.Status)).ToListAsync(cancellationToken);
        foreach (var person in people)
        {
            RegistrationMails.Enqueue(db, person, RegistrationMailKind.Message, now, subject: subject, message: message);
        }

        await db.SaveChangesAsync(cancellationToken);
        queue.Wake();
        return people.Count;
    }

    /// <summary>
    /// Calls the event off: everyone registered, waiting or interested is cancelled and mailed (with a calendar
    /// cancellation), and the seats are freed, in one transaction under the event's lock. The page stays until an editor
    /// changes or unpublishes it.
    /// </summary>
    public async Task<int> CancelEventAsync(Guid eventKey, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        using var pass = await gate.EnterAsync(eventKey, cancellationToken);
        await using var db = database.CreateContext();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var seats = await SeatLedger.LockAsync(db, eventKey, cancellationToken);
        if (seats is null)
        {
            return 0;
        }

        var people = await db.Set<EventRegistration>()
            .Where(r => r.EventKey == eventKey && r.Status != RegistrationStatus.Cancelled).ToListAsync(cancellationToken);
        foreach (var person in people)
        {
            person.Status = RegistrationStatus.Cancelled;
            person.Ticket = null;
            person.CancelledUtc = now;
            person.UpdatedUtc = now;
            RegistrationMails.Enqueue(db, person, RegistrationMailKind.EventCancelled, now);
        }

        seats.SeatsTaken = 0;
        seats.Waiting = 0;
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        board.Forget(eventKey);
        queue.Wake();
        return people.Count;
    }
}
