namespace Participation.Extensions.SpaceBooking.Requests;

/// <summary>The aliases a booking form answers the slot with (the seeded spaceBooking form's).</summary>
internal static class BookingFields
{
    public const string Date = "date";
    public const string StartTime = "startTime";
    public const string EndTime = "endTime";
    public const string Equipment = "equipment";
    public const string Attendees = "attendees";
    public const string ContactName = "contactName";
}
