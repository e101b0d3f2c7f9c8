using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MimeKit;
using Participation.Cms.PublishedCache;
using Participation.Cms.Site;
using Participation.Extensions.Forms.Text;
using Participation.Extensions.Forms.Workflows;
using Participation.Extensions.Forms.Workflows.Mail;
using Participation.Extensions.Persistence;
using Participation.Extensions.Registration.Seats;
using Participation.Extensions.Registration.Signup;

namespace Participation.Extensions.Registration.Mails;

/// <summary>
/// Sends one registration mail from the outbox, written when it runs: the event's current time and place, the person's
/// current queue position, a fresh link, and a calendar file for every kind that changes what a calendar should hold.
/// </summary>
internal sealed class RegistrationMailHandler(
    ExtensionsDatabase database,
    PublishedSnapshotService snapshots,
    RegistrationLinks links,
    IMailTransport transport,
    FormsText text,
    SiteOptions site,
    IOptions<MailOptions> mail,
    IOptions<RegistrationOptions> options,
    TimeProvider clock) : IOutboxTaskHandler
{
    public string Type => RegistrationMails.TaskType;

    public async Task<string?> RunAsync(WorkflowTask task, CancellationToken cancellationToken)
    {
        if (RegistrationMails.Read(task.Payload) is not { } payload)
        {
            return "The task carries no registration.";
        }

        await using var db = database.CreateContext();
        var registration = await db.Set<EventRegistration>().AsNoTracking().SingleOrDefaultAsync(r => r.Id == payload.Registration, cancellationToken);
        if (registration is null || registration.AnonymisedUtc is not null || registration.Email.Length == 0)
        {
            return "The registration is gone or anonymised.";
        }

        var item = snapshots.Current.GetByKey(registration.EventKey);
        if (item is null)
        {
            return "The event is no longer published.";
        }

        var schedule = EventSchedule.Of(item, site);
        if (Stale(payload, registration, schedule) is { } why)
        {
            return why;
        }

        var seats = await db.Set<EventSeats>().AsNoTracking().SingleOrDefaultAsync(s => s.EventKey == registration.EventKey, cancellationToken);
        int? position = registration.Status == RegistrationStatus.Waitlisted ? await SeatLedger.PositionAsync(db, registration, cancellationToken) : null;
        var context = new MailContext(registration, item, schedule, seats?.Sequence ?? 0, position, payload, text, site, links, options.Value, clock.GetUtcNow());
        var message = new MimeMessage
        {
            Subject = context.Subject(),
            Date = clock.GetUtcNow(),
            MessageId = $"task-{task.Id}-{registration.Id:N}@participation.site",
        };
        message.From.Add(mail.Value.From);
        message.To.Add(new MailboxAddress(registration.Name, registration.Email));
        message.Headers.Add("Auto-Submitted", "auto-generated");

        var body = new BodyBuilder { TextBody = context.Body() };
        if (context.Calendar() is { } calendar)
        {
            var attachment = body.Attachments.Add("tapahtuma.ics", System.Text.Encoding.UTF8.GetBytes(calendar.Text), new ContentType("text", "calendar"));
            attachment.ContentType.Parameters.Add("method", calendar.Method);
            attachment.ContentType.Charset = "utf-8";

            // Base64 keeps the file's CRLF line ends (RFC 5545) through every mail system and a pickup folder alike.
            ((MimePart)attachment).ContentTransferEncoding = ContentEncoding.Base64;
        }

        message.Body = body.ToMessageBody();
        await transport.SendAsync(message, cancellationToken);
        return null;
    }

    /// <summary>A mail that no longer says anything true is not sent; the note says why.</summary>
    private static string? Stale(RegistrationMailPayload payload, EventRegistration registration, EventSchedule schedule) => payload.Kind switch
    {
        RegistrationMailKind.Reminder when registration.Status != RegistrationStatus.Confirmed => "Not confirmed any more: no reminder.",
        RegistrationMailKind.Reminder when schedule.ToBeAnnounced || schedule.Start != payload.Start => "The event moved; the reminder for the new time is sent instead.",
        RegistrationMailKind.Confirmed or RegistrationMailKind.Promoted when registration.Status != RegistrationStatus.Confirmed => "Cancelled before the mail went out.",
        RegistrationMailKind.Waitlisted when registration.Status != RegistrationStatus.Waitlisted => "No longer waiting; the later mail says what happened.",
        RegistrationMailKind.EventCancelled when registration.Status != RegistrationStatus.Cancelled => "Registered again after the cancellation.",
        RegistrationMailKind.Changed or RegistrationMailKind.Message
            when registration.Status is not (RegistrationStatus.Confirmed or RegistrationStatus.Waitlisted) => "Not registered any more.",
        RegistrationMailKind.TimeSet when registration.Status != RegistrationStatus.Interested => "Not waiting for the time any more.",
        _ => null,
    };
}
