using Microsoft.EntityFrameworkCore;
using Participation.Extensions.Persistence;

namespace Participation.Extensions.AreaCommittees.Ideas;

/// <summary>
/// Reads ideas for the area pages and the editors' lists. Every read is by key or by one area's index range, one page
/// at a time; how many there are comes from <see cref="AreaIdeaTotals"/>, so no read grows with the number of ideas
/// except a deep page's offset within one area.
/// </summary>
public sealed class AreaIdeaQuery(ExtensionsDatabase database)
{
    /// <summary>The totals of the given areas (those without ideas are missing), and a page of one area's ideas.</summary>
    public async Task<(IReadOnlyDictionary<Guid, AreaIdeaTotals> Totals, AreaIdeaPage? Page)> ReadAsync(
        IReadOnlyCollection<Guid> areas, Guid? pageOf, IdeaStatus? status, int requestedPage, int pageSize, CancellationToken cancellationToken)
    {
        await using var db = database.CreateContext();
        var totals = await db.Set<AreaIdeaTotals>().AsNoTracking().Where(t => areas.Contains(t.AreaKey)).ToDictionaryAsync(t => t.AreaKey, cancellationToken);
        if (pageOf is not { } area)
        {
            return (totals, null);
        }

        var own = totals.GetValueOrDefault(area);
        var total = own is null ? 0 : status is { } s ? own.CountOf(s) : own.Count;
        var pageCount = Math.Max(1, (total + pageSize - 1) / pageSize);
        var page = Math.Clamp(requestedPage, 1, pageCount);
        if (total == 0)
        {
            return (totals, AreaIdeaPage.Empty);
        }

        var ideas = db.Set<AreaIdea>().AsNoTracking().Where(i => i.AreaKey == area);
        if (status is { } only)
        {
            ideas = ideas.Where(i => i.Status == only);
        }

        var items = await ideas.OrderByDescending(i => i.CreatedUtc).ThenByDescending(i => i.EntryId)
            .Skip((page - 1) * pageSize).Take(pageSize).ToListAsync(cancellationToken);
        return (totals, new AreaIdeaPage(items, page, pageCount, total));
    }

    public async Task<AreaIdea?> GetAsync(Guid entryId, CancellationToken cancellationToken)
    {
        await using var db = database.CreateContext();
        return await db.Set<AreaIdea>().AsNoTracking().FirstOrDefaultAsync(i => i.EntryId == entryId, cancellationToken);
    }
}
