using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Participation.Cms.Site;
using Participation.Extensions.Forms.Definitions;
using Participation.Extensions.Forms.Workflows;
using Participation.Extensions.Persistence;

namespace Participation.Extensions.Forms.Entries;

/// <summary>
/// A form's entries as the backoffice lists and exports them: one form through the (FormId, CreatedUtc) index, newest first.
/// Free text is matched only against the answers the reader may see, so a writer cannot find out a masked answer by
/// searching for it; the database narrows the rows first and the exact match is made on the decoded answers.
/// </summary>
public sealed class EntryQuery(ExtensionsDatabase database, SiteOptions site)
{
    public const int PageSize = 50;

    public async Task<EntryPage> PageAsync(FormDefinition form, EntryFilter filter, bool sensitive, int page, CancellationToken cancellationToken)
    {
        page = Math.Max(1, page);
        await using var db = database.CreateContext();
        var query = Filtered(db, form.Id, filter);
        if (string.IsNullOrWhiteSpace(filter.Text))
        {
            var total = await query.CountAsync(cancellationToken);
            var rows = await query.Skip((page - 1) * PageSize).Take(PageSize).ToListAsync(cancellationToken);
            return new EntryPage(rows, total, page, PageSize);
        }

        var matching = Matching(form, await query.ToListAsync(cancellationToken), filter.Text, sensitive);
        return new EntryPage(matching.Skip((page - 1) * PageSize).Take(PageSize).ToList(), matching.Count, page, PageSize);
    }

    /// <summary>Every entry the filter lets through, for an export.</summary>
    public async Task<IReadOnlyList<FormEntry>> AllAsync(FormDefinition form, EntryFilter filter, bool sensitive, CancellationToken cancellationToken)
    {
        await using var db = database.CreateContext();
        var rows = await Filtered(db, form.Id, filter).ToListAsync(cancellationToken);
        return string.IsNullOrWhiteSpace(filter.Text) ? rows : Matching(form, rows, filter.Text, sensitive);
    }

    private IQueryable<FormEntry> Filtered(ExtensionsDbContext db, Guid formId, EntryFilter filter)
    {
        var query = db.Set<FormEntry>().AsNoTracking().Where(e => e.FormId == formId);
        if (filter.State is { } state)
        {
            query = query.Where(e => e.State == state);
        }

        if (filter.From is { } from)
        {
            var fromUtc = StartOfDayUtc(from);
            query = query.Where(e => e.CreatedUtc >= fromUtc);
        }

        if (filter.To is { } to)
        {
            var toUtc = StartOfDayUtc(to.AddDays(1));
            query = query.Where(e => e.CreatedUtc < toUtc);
        }

        if (filter.Failing)
        {
            query = query.Where(e => db.Set<WorkflowTask>().Any(t => t.EntryId == e.Id && t.Attempts > 0 && t.DoneUtc == null));
        }

        if (!string.IsNullOrWhiteSpace(filter.Text))
        {
            // The answers are stored as JSON with non-ASCII letters escaped (\u00E4), so the term is escaped the same way.
            var stored = JsonSerializer.Serialize(filter.Text.Trim(), FormSubmissions.ValuesJson)[1..^1].ToLowerInvariant();
            query = query.Where(e => e.Values.ToLower().Contains(stored));
        }

        return query.OrderByDescending(e => e.CreatedUtc).ThenBy(e => e.Id);
    }

    private static List<FormEntry> Matching(FormDefinition form, IReadOnlyList<FormEntry> rows, string text, bool sensitive)
    {
        var visible = form.Fields.Where(f => f.TakesValue && f.Type != FieldTypes.FileUpload && (sensitive || !f.ContainsSensitiveData))
            .Select(f => f.Alias).ToList();
        var term = text.Trim();
        return rows.Where(e =>
        {
            var values = FormSubmissions.ReadValues(e.Values);
            return visible.Any(alias => values.GetValueOrDefault(alias)?.Any(v => v.Contains(term, StringComparison.CurrentCultureIgnoreCase)) == true);
        }).ToList();
    }

    private DateTime StartOfDayUtc(DateOnly day) =>
        TimeZoneInfo.ConvertTimeToUtc(day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified), site.Zone);
}
