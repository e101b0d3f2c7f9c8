using Microsoft.EntityFrameworkCore;
using Participation.Extensions.Forms.Entries;
using Participation.Extensions.Persistence;
using Participation.Extensions.Registration.Seats;

namespace Participation.Extensions.Registration.Organiser;

/// <summary>
/// An event's registrations as the organiser reads them: confirmed first in sign-up order, then the queue in its order,
/// then those interested, cancelled last; a page at a time, with each row's answers read by the page's entry ids.
/// </summary>
public sealed class ParticipantList(ExtensionsDatabase database)
{
    public const int PageSize = 50;

    public async Task<(IReadOnlyList<Participant> Rows, int Total)> PageAsync(Guid eventKey, int page, CancellationToken cancellationToken)
    {
        await using var db = database.CreateContext();
        var query = Ordered(db, eventKey);
        var total = await query.CountAsync(cancellationToken);
        var rows = await query.Skip(Math.Max(0, page - 1) * PageSize).Take(PageSize).ToListAsync(cancellationToken);
        return (await WithAnswersAsync(db, rows, cancellationToken), total);
    }

    /// <summary>Every registration of one event (its size is bounded by the event, not the site): exports and the caterer's summary.</summary>
    public async Task<IReadOnlyList<Participant>> AllAsync(Guid eventKey, CancellationToken cancellationToken)
    {
        await using var db = database.CreateContext();
        return await WithAnswersAsync(db, await Ordered(db, eventKey).ToListAsync(cancellationToken), cancellationToken);
    }

    private static IQueryable<EventRegistration> Ordered(ExtensionsDbContext db, Guid eventKey) =>
        db.Set<EventRegistration>().AsNoTracking().Where(r => r.EventKey == eventKey)
            .OrderBy(r => r.Status == RegistrationStatus.Confirmed ? 0 : r.Status == RegistrationStatus.Waitlisted ? 1 : r.Status == RegistrationStatus.Interested ? 2 : 3)
            .ThenBy(r => r.Ticket).ThenBy(r => r.CreatedUtc).ThenBy(r => r.Id);

    private static async Task<IReadOnlyList<Participant>> WithAnswersAsync(ExtensionsDbContext db, List<EventRegistration> rows, CancellationToken cancellationToken)
    {
        var ids = rows.Where(r => r.EntryId is not null).Select(r => r.EntryId!.Value).ToList();
        var answers = await db.Set<FormEntry>().AsNoTracking().Where(e => ids.Contains(e.Id)).ToDictionaryAsync(e => e.Id, e => e.Values, cancellationToken);
        var position = 0;
        return rows.Select(r => new Participant(
            r,
            r.Status == RegistrationStatus.Waitlisted ? ++position : null,
            r.EntryId is { } id && answers.TryGetValue(id, out var json) ? FormSubmissions.ReadValues(json) : new Dictionary<string, IReadOnlyList<string>>())).ToList();
    }
}
