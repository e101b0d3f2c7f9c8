using Participation.Cms.Backoffice.Text;
using Participation.Extensions.Forms.Definitions;
using Participation.Extensions.Forms.Export;
using Participation.Extensions.Registration.Organiser;

namespace Participation.Extensions.Backoffice.Pages.Registrations;

/// <summary>The participant list as an export table: the registration's own columns, then the form's answers by caption.</summary>
internal static class ParticipantTable
{
    public static EntryTable Build(IReadOnlyList<Participant> rows, IReadOnlyList<FormField> columns, BackofficeText text, TimeZoneInfo zone)
    {
        var headers = new List<string>
        {
            text["registration.column.name"], text["registration.column.email"], text["registration.column.party"],
            text["registration.column.status"], text["registration.column.signedUp"], text["registration.column.attended"],
        };
        headers.AddRange(columns.Select(c => c.Caption));
        var table = rows.Select(row =>
        {
            var r = row.Registration;
            var cells = new List<string>
            {
                r.Name, r.Email, r.PartySize.ToString(System.Globalization.CultureInfo.InvariantCulture),
                r.Status == Registration.Seats.RegistrationStatus.Waitlisted ? text.Format("registration.status.Waitlisted", row.Position ?? 0) : text["registration.status." + r.Status],
                TimeZoneInfo.ConvertTimeFromUtc(r.CreatedUtc, zone).ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture),
                r.Attended switch { true => text["registration.yes"], false => text["registration.no"], null => "" },
            };
            cells.AddRange(columns.Select(c => Answer(c, row.Answers.GetValueOrDefault(c.Alias))));
            return (IReadOnlyList<string>)cells;
        }).ToList();
        return new EntryTable(headers, table);
    }

    /// <summary>Options by caption, as the organiser knows them.</summary>
    public static string Answer(FormField field, IReadOnlyList<string>? values) =>
        values is null ? "" : string.Join(", ", values.Select(v => field.PreValues.FirstOrDefault(p => p.Value == v)?.Caption is { Length: > 0 } caption ? caption : v));
}
