using Microsoft.EntityFrameworkCore;
using Participation.Cms.PublishedCache;
using Participation.Cms.Site;
using Participation.Extensions.Forms.Entries;
using Participation.Extensions.Persistence;
using Participation.Extensions.SpaceBooking.Requests;

namespace Participation.Extensions.SpaceBooking.Decisions;

/// <summary>
/// The editors' list of bookings in one state from today on, soonest first, a page at a time, with who asked from each
/// entry (editors see personal answers; the list is theirs only). Reads one range of the (Status, StartUtc) index.
/// </summary>
public sealed class BookingQueue(ExtensionsDatabase database, PublishedSnapshotService snapshots, SiteOptions site, TimeProvider clock)
{
    public const int PageSize = 50;

    public async Task<BookingQueuePage> PageAsync(BookingStatus status, int page, CancellationToken cancellationToken)
    {
        var zone = site.Zone;
        var today = TimeZoneInfo.ConvertTimeToUtc(TimeZoneInfo.ConvertTimeFromUtc(clock.GetUtcNow().UtcDateTime, zone).Date, zone);
        await using var db = database.CreateContext();
        var query = db.Set<SpaceBookingRecord>().AsNoTracking().Where(b => b.Status == status && b.StartUtc >= today);
        var total = await query.CountAsync(cancellationToken);
        var pages = Math.Max(1, (total + PageSize - 1) / PageSize);
        page = Math.Clamp(page, 1, pages);
        var bookings = await query.OrderBy(b => b.StartUtc).ThenBy(b => b.Id).Skip((page - 1) * PageSize).Take(PageSize).ToListAsync(cancellationToken);
        var entryIds = bookings.Select(b => b.EntryId).ToList();
        var entries = await db.Set<FormEntry>().AsNoTracking().Where(e => entryIds.Contains(e.Id)).ToDictionaryAsync(e => e.Id, cancellationToken);

        var snapshot = snapshots.Current;
        var rows = bookings.Select(b =>
        {
            var values = entries.TryGetValue(b.EntryId, out var entry) ? FormSubmissions.ReadValues(entry.Values) : new Dictionary<string, IReadOnlyList<string>>();
            string Answer(string alias) => values.GetValueOrDefault(alias)?.FirstOrDefault() ?? "";
            return new BookingQueueRow(
                b,
                snapshot.GetByKey(b.SpaceKey)?.Name(site.DefaultCulture) ?? b.SpaceKey.ToString(),
                TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(b.StartUtc, DateTimeKind.Utc), zone),
                TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(b.EndUtc, DateTimeKind.Utc), zone),
                Answer("association"),
                Answer(BookingFields.ContactName),
                entry?.SubjectEmail ?? "",
                entry is not null);
        }).ToList();
        return new BookingQueuePage(rows, page, pages, total);
    }
}

public sealed record BookingQueuePage(IReadOnlyList<BookingQueueRow> Rows, int PageNumber, int PageCount, int Total);

/// <summary>One booking as the list shows it; <see cref="HasEntry"/> is false once its entry was deleted or erased.</summary>
public sealed record BookingQueueRow(SpaceBookingRecord Booking, string Space, DateTime Start, DateTime End, string Association, string Contact, string Email, bool HasEntry);
