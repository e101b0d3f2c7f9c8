using Participation.Cms.PublishedCache;
using Participation.Cms.Site;
using Participation.Extensions.Forms.Text;
using Participation.Extensions.Calendar;
using Participation.Extensions.Registration.Seats;
using Participation.Extensions.Registration.Signup;

namespace Participation.Extensions.Registration.Mails;

/// <summary>The words of one registration mail, in the participant's language, and its calendar file.</summary>
internal sealed record MailContext(
    EventRegistration Registration,
    PublishedContent Item,
    EventSchedule Schedule,
    int Sequence,
    int? Position,
    RegistrationMailPayload Payload,
    FormsText Text,
    SiteOptions Site,
    RegistrationLinks Links,
    RegistrationOptions Options,
    DateTimeOffset Now)
{
    private string Language => Registration.Culture.Split('-')[0];

    private string Culture => Item.IsRoutable(Registration.Culture) ? Registration.Culture : Site.DefaultCulture;

    private string EventName => Item.Name(Culture);

    private string PageUrl => new Uri(Site.PublicBaseUrl, Item.Url(Culture) ?? "/").ToString();

    private string Kind => "registration.mail." + char.ToLowerInvariant(Payload.Kind.ToString()[0]) + Payload.Kind.ToString()[1..];

    public string Subject() => Payload.Kind == RegistrationMailKind.Message && Payload.Subject is { } subject
        ? subject
        : Text.Format(Registration.Culture, Kind + ".subject", EventName);

    public string Body()
    {
        var lines = new List<string> { Text.Format(Registration.Culture, "registration.mail.greeting", Registration.Name), "" };
        lines.Add(Payload.Kind == RegistrationMailKind.Message
            ? Payload.Message ?? ""
            : Text.Format(Registration.Culture, Kind + ".text", EventName, Position ?? 0, Registration.PartySize));
        lines.Add("");
        lines.Add(EventName);
        lines.Add(When());
        if (Where() is { } where)
        {
            lines.Add(where);
        }

        if (Payload.Kind is not (RegistrationMailKind.Cancelled or RegistrationMailKind.EventCancelled or RegistrationMailKind.TimeSet))
        {
            lines.Add("");
            lines.Add(Text.Format(Registration.Culture, "registration.mail.link"));
            var validUntil = Schedule.EndsOr(Now).AddDays(Options.LinkValidDaysAfterEvent);
            lines.Add(new Uri(Site.PublicBaseUrl, Links.Url(Item.Url(Culture) ?? "/", Registration.Id, validUntil)).ToString());
        }
        else if (Payload.Kind == RegistrationMailKind.TimeSet)
        {
            lines.Add("");
            lines.Add(PageUrl);
        }

        return string.Join("\n", lines) + "\n";
    }

    public (string Text, string Method)? Calendar()
    {
        if (Schedule.ToBeAnnounced || Schedule.Start is not { } start)
        {
            return null;
        }

        var cancelled = Payload.Kind is RegistrationMailKind.Cancelled or RegistrationMailKind.EventCancelled;
        var holds = cancelled || Payload.Kind is RegistrationMailKind.Confirmed or RegistrationMailKind.Promoted or RegistrationMailKind.Changed or RegistrationMailKind.Reminder;
        if (!holds || (!cancelled && Registration.Status != RegistrationStatus.Confirmed))
        {
            return null;
        }

        // A cancellation must outrank every earlier version of the same UID.
        var method = cancelled ? "CANCEL" : "REQUEST";
        var zone = Site.Zone;
        var end = Schedule.End ?? start.AddHours(2);
        var ics = new IcsWriter()
            .Line("BEGIN", "VCALENDAR")
            .Line("VERSION", "2.0")
            .Line("PRODID", "-//Participation.Site//Registration//FI")
            .Line("CALSCALE", "GREGORIAN")
            .Line("METHOD", method);
        IcsTimeZone.Write(ics, zone, start.UtcDateTime, end.UtcDateTime);
        ics.Line("BEGIN", "VEVENT")
            .Line("UID", $"registration-{Registration.Id:N}@participation.site")
            .Line("SEQUENCE", (Sequence + (cancelled ? 1 : 0)).ToString(System.Globalization.CultureInfo.InvariantCulture))
            .Utc("DTSTAMP", Now.UtcDateTime)
            .Local("DTSTART", zone.Id, TimeZoneInfo.ConvertTime(start, zone).DateTime)
            .Local("DTEND", zone.Id, TimeZoneInfo.ConvertTime(end, zone).DateTime)
            .Text("SUMMARY", EventName);
        if (Where() is { } where)
        {
            ics.Text("LOCATION", where);
        }

        ics.Text("DESCRIPTION", PageUrl)
            .Line("URL", PageUrl)
            .Line("STATUS", cancelled ? "CANCELLED" : "CONFIRMED")
            .Line("END", "VEVENT")
            .Line("END", "VCALENDAR");
        return (ics.ToString(), method);
    }

    private string When() => Schedule.ToBeAnnounced || Schedule.Start is not { } start
        ? Text.Format(Registration.Culture, "registration.mail.timeOpen")
        : WallClockText.Range(start, Schedule.End, Language, Site.Zone);

    private string? Where() => Schedule.Venue is { } venue && !Schedule.ToBeAnnounced
        ? string.Join(", ", new[] { venue.Name, venue.AddressLine }.Where(p => !string.IsNullOrEmpty(p)))
        : null;
}
