using Microsoft.EntityFrameworkCore;
using Participation.Extensions.Persistence;

namespace Participation.Extensions.AreaCommittees.Ideas;

/// <summary>
/// What one change does to an area's <see cref="AreaIdeaTotals"/>, applied as one relative update inside the caller's
/// transaction: two editors changing two ideas of the same area at once both count, whichever commits first.
/// </summary>
internal sealed record IdeaTotalsChange(int New = 0, int Considering = 0, int Done = 0, int NotTakenUp = 0, long Euros = 0)
{
    public static IdeaTotalsChange Of(IdeaStatus status, int count, long euros) => status switch
    {
        IdeaStatus.New => new(New: count, Euros: euros),
        IdeaStatus.Considering => new(Considering: count, Euros: euros),
        IdeaStatus.Done => new(Done: count, Euros: euros),
        IdeaStatus.NotTakenUp => new(NotTakenUp: count, Euros: euros),
        _ => throw new ArgumentOutOfRangeException(nameof(status)),
    };

    public static IdeaTotalsChange operator +(IdeaTotalsChange a, IdeaTotalsChange b) =>
        new(a.New + b.New, a.Considering + b.Considering, a.Done + b.Done, a.NotTakenUp + b.NotTakenUp, a.Euros + b.Euros);

    public async Task ApplyAsync(ExtensionsDbContext db, Guid areaKey, CancellationToken cancellationToken)
    {
        // The area's first idea makes its row; ON CONFLICT (SQLite and PostgreSQL alike) lets two first ideas of one
        // area approved at once both go through instead of one failing on the key.
        await db.Database.ExecuteSqlAsync(
            $"""INSERT INTO "areaIdeaTotals" ("AreaKey", "New", "Considering", "Done", "NotTakenUp", "CommittedEuros") VALUES ({areaKey}, 0, 0, 0, 0, 0) ON CONFLICT ("AreaKey") DO NOTHING""",
            cancellationToken);
        var (fresh, considering, done, notTakenUp, euros) = this;
        await db.Set<AreaIdeaTotals>().Where(t => t.AreaKey == areaKey).ExecuteUpdateAsync(s => s
            .SetProperty(t => t.New, t => t.New + fresh)
            .SetProperty(t => t.Considering, t => t.Considering + considering)
            .SetProperty(t => t.Done, t => t.Done + done)
            .SetProperty(t => t.NotTakenUp, t => t.NotTakenUp + notTakenUp)
            .SetProperty(t => t.CommittedEuros, t => t.CommittedEuros + euros), cancellationToken);
    }
}
