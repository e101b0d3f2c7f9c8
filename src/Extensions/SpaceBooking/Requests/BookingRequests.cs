using System.Globalization;
using Microsoft.Extensions.Options;
using Participation.Cms.Site;
using Participation.Extensions.Forms.Entries;
using Participation.Extensions.Forms.Text;
using Participation.Extensions.Forms.Validation;

namespace Participation.Extensions.SpaceBooking.Requests;

/// <summary>
/// What a booking request writes beside its form entry: the slot is checked (end after start, not past, not too far
/// ahead, a time the clock has), then, under the space's lock, refused if an approved booking overlaps it (the message
/// names that time) or stored as a request. A refusal rolls the entry back and shows the form again.
/// </summary>
internal sealed class BookingRequests(SiteOptions site, FormsText text, TimeProvider clock, IOptions<SpaceBookingOptions> options)
{
    public const string ClashCode = "bookingClash";

    public EntryParticipant For(BookableSpace space, string culture) => async (db, entry, values, cancellationToken) =>
    {
        var errors = Check(space, values, culture, out var slot);
        if (errors.Count > 0)
        {
            return errors;
        }

        await SpaceBookingLocks.LockAsync(db, space.Key, cancellationToken);
        if (await BookingClashes.FirstAsync(db, space.Key, slot!.StartUtc, slot.EndUtc, Guid.Empty, cancellationToken) is { } clash)
        {
            return [Clash(clash, culture)];
        }

        db.Set<SpaceBookingRecord>().Add(new SpaceBookingRecord
        {
            Id = Guid.NewGuid(),
            SpaceKey = space.Key,
            EntryId = entry.Id,
            FormId = entry.FormId,
            StartUtc = slot.StartUtc,
            EndUtc = slot.EndUtc,
            Status = BookingStatus.Requested,
            Equipment = string.Join('\n', values.GetValueOrDefault(BookingFields.Equipment) ?? []),
            Culture = culture,
            CreatedUtc = entry.CreatedUtc,
        });
        return [];
    };

    /// <summary>The message for a time that overlaps an approved booking: the taken time, on the site's clock.</summary>
    public FieldError Clash(SpaceBookingRecord clash, string culture)
    {
        var start = TimeZoneInfo.ConvertTimeFromUtc(clash.StartUtc, site.Zone);
        var end = TimeZoneInfo.ConvertTimeFromUtc(clash.EndUtc, site.Zone);
        return new FieldError(BookingFields.StartTime, ClashCode, text.Format(culture, "booking.clash",
            start.ToString("d.M.yyyy", CultureInfo.InvariantCulture), start.ToString("HH:mm", CultureInfo.InvariantCulture), end.ToString("HH:mm", CultureInfo.InvariantCulture)));
    }

    private List<FieldError> Check(BookableSpace space, IReadOnlyDictionary<string, IReadOnlyList<string>> values, string culture, out BookingSlot? slot)
    {
        var errors = new List<FieldError>();
        slot = BookingSlot.Read(values, site.Zone, out var startMissing, out var endMissing);
        if (startMissing || endMissing)
        {
            errors.Add(new FieldError(startMissing ? BookingFields.StartTime : BookingFields.EndTime, "bookingClockChange", text.Format(culture, "booking.clockChange")));
        }

        if (slot is null)
        {
            if (errors.Count == 0)
            {
                errors.Add(new FieldError(BookingFields.Date, FieldErrorCodes.Date, text.Format(culture, "booking.slotMissing")));
            }

            return errors;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(now, site.Zone));
        if (slot.End <= slot.Start)
        {
            errors.Add(new FieldError(BookingFields.EndTime, "bookingEndBeforeStart", text.Format(culture, "booking.endBeforeStart")));
        }

        if (slot.Date < today)
        {
            errors.Add(new FieldError(BookingFields.Date, "bookingPast", text.Format(culture, "booking.pastDate")));
        }
        else if (slot.StartUtc <= now)
        {
            errors.Add(new FieldError(BookingFields.StartTime, "bookingPast", text.Format(culture, "booking.pastTime")));
        }
        else if (slot.Date > today.AddDays(options.Value.MaxDaysAhead))
        {
            errors.Add(new FieldError(BookingFields.Date, "bookingTooFar", text.Format(culture, "booking.tooFar", options.Value.MaxDaysAhead)));
        }

        if (space.Capacity is { } capacity && int.TryParse(values.GetValueOrDefault(BookingFields.Attendees)?.FirstOrDefault(), CultureInfo.InvariantCulture, out var attendees) && attendees > capacity)
        {
            errors.Add(new FieldError(BookingFields.Attendees, "bookingCapacity", text.Format(culture, "booking.capacity", capacity)));
        }

        return errors;
    }
}
