using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MimeKit;
using Participation.Cms.PropertyEditors;
using Participation.Cms.PublishedCache;
using Participation.Cms.Site;
using Participation.Extensions.Forms.Entries;
using Participation.Extensions.Forms.Text;
using Participation.Extensions.Forms.Workflows;
using Participation.Extensions.Forms.Workflows.Mail;
using Participation.Extensions.Persistence;
using Participation.Extensions.SpaceBooking.Feed;
using Participation.Extensions.SpaceBooking.Requests;

namespace Participation.Extensions.SpaceBooking.Decisions;

/// <summary>
/// Mails the requester an editor's decision, from the forms outbox (retried with backoff, shown as failing like any
/// workflow): to the address in their entry, in the language of the page they asked on; an approval carries the booking
/// as an .ics file with the feed's UID, so a calendar that subscribes to the feed too shows it once.
/// </summary>
internal sealed class BookingDecisionMail(
    ExtensionsDatabase database,
    PublishedSnapshotService snapshots,
    BookingCalendar calendar,
    IMailTransport transport,
    IOptions<MailOptions> mail,
    FormsText text,
    SiteOptions site,
    TimeProvider clock) : IOutboxTaskHandler
{
    public const string Type = "spaceBookingDecision";

    string IOutboxTaskHandler.Type => Type;

    public async Task<string?> RunAsync(WorkflowTask task, CancellationToken cancellationToken)
    {
        var payload = JsonSerializer.Deserialize<DecisionPayload>(task.Payload ?? "null") ?? throw new WorkflowFailure("The task has no booking.");
        await using var db = database.CreateContext();
        var booking = await db.Set<SpaceBookingRecord>().AsNoTracking().SingleOrDefaultAsync(b => b.Id == payload.BookingId, cancellationToken);
        var entry = booking is null ? null : await db.Set<FormEntry>().AsNoTracking().SingleOrDefaultAsync(e => e.Id == booking.EntryId, cancellationToken);
        if (booking is null || entry is null || entry.AnonymisedUtc is not null)
        {
            return "The booking or its entry is gone: nothing was sent.";
        }

        if (MailAddresses.ParseList(entry.SubjectEmail ?? "") is not { Count: > 0 } to)
        {
            return "The entry has no e-mail address: nothing was sent.";
        }

        var message = Build(task, booking, entry, payload);
        message.To.AddRange(to);
        await transport.SendAsync(message, cancellationToken);
        return null;
    }

    private MimeMessage Build(WorkflowTask task, SpaceBookingRecord booking, FormEntry entry, DecisionPayload payload)
    {
        var culture = booking.Culture;
        var content = snapshots.Current.GetByKey(booking.SpaceKey);
        var space = content is null ? new BookableSpace(booking.SpaceKey, "", null, [], null) : BookableSpace.From(content, culture);
        var start = TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(booking.StartUtc, DateTimeKind.Utc), site.Zone);
        var end = TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(booking.EndUtc, DateTimeKind.Utc), site.Zone);
        object[] when = [space.Name, start.ToString("d.M.yyyy", CultureInfo.InvariantCulture), start.ToString("HH:mm", CultureInfo.InvariantCulture), end.ToString("HH:mm", CultureInfo.InvariantCulture)];
        var kind = payload.Status == BookingStatus.Approved ? "approved" : payload.WasApproved ? "cancelled" : "rejected";

        var name = FormSubmissions.ReadValues(entry.Values).GetValueOrDefault(BookingFields.ContactName)?.FirstOrDefault();
        var lines = new List<string>
        {
            name is { Length: > 0 } ? text.Format(culture, "booking.mail.greeting", OneLine(name)) : text.Format(culture, "booking.mail.greetingNoName"),
            "",
            text.Format(culture, "booking.mail." + kind, when),
        };
        if (payload.Status == BookingStatus.Approved && booking.EquipmentList.Count > 0)
        {
            lines.Add(text.Format(culture, "booking.mail.equipment", string.Join(", ", booking.EquipmentList)));
        }

        if (content?.Url(culture) is { } url)
        {
            lines.AddRange(["", text.Format(culture, "booking.mail.page", new Uri(site.PublicBaseUrl, url))]);
        }

        var body = new TextPart("plain") { Text = string.Join("\n", lines) };
        var message = new MimeMessage
        {
            Subject = text.Format(culture, $"booking.mail.{kind}Subject", when),
            Date = clock.GetUtcNow(),

            // The same for every attempt of this row: a mail sent twice (the server took it, the node died before the row was marked) is recognisable.
            MessageId = $"task-{task.Id}-{booking.Id:N}@participation.site",
        };
        message.From.Add(mail.Value.From);
        message.Headers.Add("Auto-Submitted", "auto-generated");
        if (payload.Status != BookingStatus.Approved)
        {
            message.Body = body;
            return message;
        }

        var location = content?.Value<Venue>("address", culture) is { } venue ? string.Join(", ", new[] { venue.Name, venue.AddressLine }.Where(p => !string.IsNullOrWhiteSpace(p))) : null;
        var ics = calendar.Write(space, location, [booking], booking.StartUtc.AddDays(-1), booking.EndUtc.AddDays(1), culture);
        var attachment = new MimePart("text", "calendar")
        {
            Content = new MimeContent(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(ics))),
            ContentDisposition = new ContentDisposition(ContentDisposition.Attachment),
            ContentTransferEncoding = ContentEncoding.Base64,
            FileName = "varaus.ics",
        };
        attachment.ContentType.Parameters.Add("method", "PUBLISH");
        attachment.ContentType.Charset = "utf-8";
        message.Body = new Multipart("mixed") { body, attachment };
        return message;
    }

    // A visitor's answer inside the greeting stays one line.
    private static string OneLine(string value) => string.Join(' ', value.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}
