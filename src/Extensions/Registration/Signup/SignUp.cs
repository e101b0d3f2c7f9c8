using Microsoft.EntityFrameworkCore;
using Participation.Cms.Routing;
using Participation.Cms.Site;
using Participation.Extensions.Forms.Api;
using Participation.Extensions.Forms.Entries;
using Participation.Extensions.Forms.Rendering;
using Participation.Extensions.Forms.Text;
using Participation.Extensions.Forms.Validation;
using Participation.Extensions.Forms.Workflows;
using Participation.Extensions.Persistence;
using Participation.Extensions.Registration.Mails;
using Participation.Extensions.Registration.Seats;

namespace Participation.Extensions.Registration.Signup;

/// <summary>
/// One sign-up. Under the event's lock: refused when closed or (without a waitlist) full; a second sign-up with the same
/// address is refused and that address is sent the link to the first; otherwise a seat when the party fits, else a
/// queue ticket, and the mail that says which, all in the entry's transaction.
/// </summary>
internal sealed class SignUp(
    PageContext context,
    EventSchedule schedule,
    ExtensionsDatabase database,
    EventGate gate,
    RegistrationLinks links,
    SeatBoard board,
    WorkflowQueue queue,
    FormsText text,
    TimeZoneInfo zone,
    RegistrationOptions options,
    TimeProvider clock) : FormParticipation
{
    private Guid? registered;
    private EventRegistration? existing;
    private IDisposable? pass;

    public override async Task PrepareAsync(CancellationToken cancellationToken)
    {
        pass = await gate.EnterAsync(schedule.Key, cancellationToken);
        await SeatLedger.EnsureRowAsync(database, schedule.Key, cancellationToken);
    }

    protected override void Dispose(bool disposing) => pass?.Dispose();

    public override EntryParticipant Alongside => TakeSeatAsync;

    private async Task<IReadOnlyList<FieldError>> TakeSeatAsync(
        ExtensionsDbContext db, FormEntry entry, IReadOnlyDictionary<string, IReadOnlyList<string>> values, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var culture = context.Culture;
        if (schedule.Window is { } window && !schedule.ToBeAnnounced && !window.IsOpen(now))
        {
            return [new FieldError("", "registration.closed", text.Format(culture, "registration.closed", WallClockText.DateTime(window.Deadline, culture, zone)))];
        }

        var email = First(values, options.EmailField)?.Trim().ToLowerInvariant();
        if (string.IsNullOrEmpty(email))
        {
            return [new FieldError(options.EmailField, "registration.emailNeeded", text.Format(culture, "registration.emailNeeded"))];
        }

        var seats = await SeatLedger.LockAsync(db, schedule.Key, cancellationToken)
            ?? throw new InvalidOperationException("The event's seat row is made before the sign-up's transaction.");
        seats.Schedule ??= schedule.Stamp;
        var registration = await db.Set<EventRegistration>().SingleOrDefaultAsync(r => r.EventKey == schedule.Key && r.Email == email, cancellationToken);
        // Someone who only said they were interested signs up for real once the time is set.
        var stillOpen = registration is { Status: RegistrationStatus.Interested } && !schedule.ToBeAnnounced;
        if (registration is { Status: not RegistrationStatus.Cancelled } && !stillOpen)
        {
            existing = registration;
            return [new FieldError(options.EmailField, "registration.already", text.Format(culture, "registration.already"))];
        }

        var party = int.TryParse(First(values, options.PartySizeField), out var size) ? Math.Max(1, size) : 1;
        var utc = now.UtcDateTime;
        var status = RegistrationStatus.Interested;
        int? ticket = null;
        if (!schedule.ToBeAnnounced)
        {
            if (schedule.Fits(seats.SeatsTaken, party))
            {
                status = RegistrationStatus.Confirmed;
                seats.SeatsTaken += party;
            }
            else if (schedule.Waitlist)
            {
                status = RegistrationStatus.Waitlisted;
                ticket = ++seats.LastTicket;
                seats.Waiting++;
            }
            else
            {
                return [new FieldError("", "registration.full", text.Format(culture, "registration.full"))];
            }
        }

        if (registration is null)
        {
            registration = new EventRegistration { Id = Guid.NewGuid(), EventKey = schedule.Key, Email = email, CreatedUtc = utc };
            db.Set<EventRegistration>().Add(registration);
        }

        // A cancelled registration comes back to life: one row per address and event, and the newest answers.
        registration.EntryId = entry.Id;
        registration.FormId = entry.FormId;
        registration.Name = (First(values, options.NameField) ?? "").Trim() is var name && name.Length > 200 ? name[..200] : name;
        registration.PartySize = party;
        registration.Status = status;
        registration.Ticket = ticket;
        registration.Culture = culture;
        registration.CancelledUtc = null;
        registration.PromotedUtc = null;
        registration.Attended = null;
        registration.UpdatedUtc = utc;

        RegistrationMails.Enqueue(db, registration, status switch
        {
            RegistrationStatus.Confirmed => RegistrationMailKind.Confirmed,
            RegistrationStatus.Waitlisted => RegistrationMailKind.Waitlisted,
            _ => RegistrationMailKind.Interested,
        }, utc);
        if (status == RegistrationStatus.Confirmed)
        {
            RegistrationMails.ScheduleReminder(db, registration, schedule, options.ReminderDays, utc);
        }

        registered = registration.Id;
        return [];
    }

    public override async Task<string?> AfterAsync(SubmitResult result, CancellationToken cancellationToken)
    {
        var page = context.Content.Url(context.Culture) ?? "/";
        pass?.Dispose(); // the seat is decided: the next person may go while this one is answered
        board.Forget(schedule.Key);
        switch (result)
        {
            case SubmitResult.Accepted when registered is { } id:
                return OwnPage(page, id);
            case SubmitResult.Duplicate duplicate:
                // The same rendered form sent twice (a double click, a reload): the sender is the one who sent it first.
                await using (var db = database.CreateContext())
                {
                    var first = await db.Set<EventRegistration>().Where(r => r.EntryId == duplicate.EntryId).Select(r => (Guid?)r.Id).FirstOrDefaultAsync(cancellationToken);
                    return first is { } firstId ? OwnPage(page, firstId) : null;
                }

            case SubmitResult.Invalid when existing is not null:
                await using (var db = database.CreateContext())
                {
                    var again = await db.Set<EventRegistration>().SingleAsync(r => r.Id == existing.Id, cancellationToken);
                    RegistrationMails.Enqueue(db, again, RegistrationMailKind.Again, clock.GetUtcNow().UtcDateTime);
                    await db.SaveChangesAsync(cancellationToken);
                }

                queue.Wake();
                return null; // the page again, with the message next to the address
            default:
                return null;
        }
    }

    /// <summary>
    /// The sender's own registration box: the token goes into the page's cookie, never into the redirect's address. A
    /// sign-up through the Forms API is sent nowhere, so its caller gets no cookie either.
    /// </summary>
    private string OwnPage(string page, Guid registrationId)
    {
        if (!context.Http.Request.Path.StartsWithSegments(FormsApiEndpoints.Prefix))
        {
            var validUntil = ValidUntil();
            RegistrationLinks.Cookie(context.Content.Key, page).Give(context.Http, links.Token(registrationId, validUntil), validUntil, clock.GetUtcNow());
        }

        return page + "#registration";
    }

    private DateTimeOffset ValidUntil() => schedule.EndsOr(clock.GetUtcNow()).AddDays(options.LinkValidDaysAfterEvent);

    private static string? First(IReadOnlyDictionary<string, IReadOnlyList<string>> values, string alias) =>
        values.TryGetValue(alias, out var answer) ? answer.FirstOrDefault() : null;
}
