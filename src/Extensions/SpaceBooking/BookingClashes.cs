using Microsoft.EntityFrameworkCore;
using Participation.Extensions.Persistence;
using Participation.Extensions.SpaceBooking.Requests;

namespace Participation.Extensions.SpaceBooking;

/// <summary>
/// The approved booking of a space that overlaps a time, other than <c>except</c> (Guid.Empty for none). Read after the
/// space's lock, so the answer holds until the commit.
/// </summary>
internal static class BookingClashes
{
    public static Task<SpaceBookingRecord?> FirstAsync(ExtensionsDbContext db, Guid spaceKey, DateTime startUtc, DateTime endUtc, Guid except, CancellationToken cancellationToken)
    {
        // A booking that starts before this bound ends before startUtc: the range of the (SpaceKey, StartUtc) index stays small.
        var earliest = startUtc - BookingSlot.Longest;
        return db.Set<SpaceBookingRecord>().AsNoTracking()
            .Where(b => b.SpaceKey == spaceKey && b.StartUtc >= earliest && b.StartUtc < endUtc && b.EndUtc > startUtc
                && b.Status == BookingStatus.Approved && b.Id != except)
            .OrderBy(b => b.StartUtc)
            .FirstOrDefaultAsync(cancellationToken);
    }
}
