using Microsoft.EntityFrameworkCore;
using Participation.Cms.Site;
using Participation.Extensions.Persistence;

namespace Participation.Extensions.Forms.Entries;

/// <summary>Counts for the forms list and the entries-per-day chart, read from the (FormId, CreatedUtc) index.</summary>
public sealed class FormStatistics(ExtensionsDatabase database, SiteOptions site, TimeProvider clock)
{
    public const int ChartDays = 30;

    public sealed record Summary(int Entries, DateTime? NewestUtc);

    public sealed record Day(DateOnly Date, int Entries);

    public async Task<IReadOnlyDictionary<Guid, Summary>> SummariesAsync(CancellationToken cancellationToken)
    {
        await using var db = database.CreateContext();
        var rows = await db.Set<FormEntry>().GroupBy(e => e.FormId)
            .Select(g => new { g.Key, Count = g.Count(), Newest = g.Max(e => e.CreatedUtc) })
            .ToListAsync(cancellationToken);
        return rows.ToDictionary(r => r.Key, r => new Summary(r.Count, DateTime.SpecifyKind(r.Newest, DateTimeKind.Utc)));
    }

    /// <summary>The last <see cref="ChartDays"/> days of the site's time zone, today included, days without entries too.</summary>
    public async Task<IReadOnlyList<Day>> DailyAsync(Guid formId, CancellationToken cancellationToken)
    {
        var zone = site.Zone;
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(clock.GetUtcNow().UtcDateTime, zone));
        var first = today.AddDays(1 - ChartDays);
        var fromUtc = TimeZoneInfo.ConvertTimeToUtc(first.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified), zone);
        await using var db = database.CreateContext();
        var created = await db.Set<FormEntry>().Where(e => e.FormId == formId && e.CreatedUtc >= fromUtc)
            .Select(e => e.CreatedUtc).ToListAsync(cancellationToken);
        var perDay = created.GroupBy(c => DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(c, DateTimeKind.Utc), zone)))
            .ToDictionary(g => g.Key, g => g.Count());
        return Enumerable.Range(0, ChartDays).Select(i => first.AddDays(i)).Select(d => new Day(d, perDay.GetValueOrDefault(d))).ToList();
    }
}
