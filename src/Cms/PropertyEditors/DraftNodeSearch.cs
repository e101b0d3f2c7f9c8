using Microsoft.EntityFrameworkCore;
using Participation.Cms.Content;
using Participation.Cms.Persistence;

namespace Participation.Cms.PropertyEditors;

/// <summary>
/// Finds content or media for pickers among the drafts in the database, so an editor can pick an item that is not
/// published yet (the published snapshot would hide it) and nothing is loaded whole. The trade-off: names live in the
/// version's JSON document, not in a column, so the database narrows rows by a case-folded text match on the whole
/// document and the names are checked here, a page of rows at a time until the limit is reached. A word common in
/// body text costs more rows read, never more rows kept. (SQLite folds only ASCII case; the name check here folds all.)
/// </summary>
public sealed class DraftNodeSearch(CmsDatabase database)
{
    public sealed record Hit(Guid Key, string ContentTypeAlias, ContentDocument Document);

    /// <summary>Matches by name in the culture, the most recently changed first.</summary>
    public async Task<IReadOnlyList<Hit>> SearchAsync(
        NodeKind kind, IReadOnlySet<string>? types, string? query, int limit, string culture, CancellationToken cancellationToken)
    {
        await using var db = database.CreateContext();
        var nodes = db.Nodes.AsNoTracking().Where(n => n.Kind == kind && !n.Trashed);
        if (types is not null)
        {
            nodes = nodes.Where(n => types.Contains(n.ContentTypeAlias));
        }

        var rows = nodes.Join(db.Versions.AsNoTracking(), n => n.DraftVersionId, v => v.Id, (n, v) => new { n.Key, n.ContentTypeAlias, n.UpdateDate, n.Id, v.Document })
            .OrderByDescending(r => r.UpdateDate).ThenBy(r => r.Id);
        var text = query?.Trim() ?? "";
        if (text.Length == 0)
        {
            return (await rows.Take(limit).ToListAsync(cancellationToken)).Select(r => new Hit(r.Key, r.ContentTypeAlias, ContentDocument.Parse(r.Document))).ToList();
        }

        // Pages of candidates rather than one open reader: a reader left early would still be drained by the driver.
        var folded = text.ToLowerInvariant();
        var candidates = rows.Where(r => r.Document.ToLower().Contains(folded));
        var pageSize = Math.Max(limit * 4, 100);
        var hits = new List<Hit>();
        for (var skip = 0; hits.Count < limit; skip += pageSize)
        {
            var page = await candidates.Skip(skip).Take(pageSize).ToListAsync(cancellationToken);
            hits.AddRange(page.Select(r => new Hit(r.Key, r.ContentTypeAlias, ContentDocument.Parse(r.Document)))
                .Where(h => NameOf(h.Document, culture)?.Contains(text, StringComparison.CurrentCultureIgnoreCase) == true));
            if (page.Count < pageSize)
            {
                break;
            }
        }

        return hits.Take(limit).ToList();
    }

    /// <summary>The named items among <paramref name="keys"/>, in no particular order.</summary>
    public async Task<IReadOnlyList<Hit>> GetAsync(NodeKind kind, IReadOnlyCollection<Guid> keys, CancellationToken cancellationToken)
    {
        if (keys.Count == 0)
        {
            return [];
        }

        await using var db = database.CreateContext();
        var rows = await db.Nodes.AsNoTracking().Where(n => n.Kind == kind && keys.Contains(n.Key))
            .Join(db.Versions.AsNoTracking(), n => n.DraftVersionId, v => v.Id, (n, v) => new { n.Key, n.ContentTypeAlias, v.Document })
            .ToListAsync(cancellationToken);
        return rows.Select(r => new Hit(r.Key, r.ContentTypeAlias, ContentDocument.Parse(r.Document))).ToList();
    }

    /// <summary>The name in the culture, else any culture's; null for an item with no name at all.</summary>
    public static string? NameOf(ContentDocument document, string culture) =>
        document.Cultures.GetValueOrDefault(culture)?.Name is { Length: > 0 } name ? name : document.Cultures.Values.Select(c => c.Name).FirstOrDefault(n => !string.IsNullOrEmpty(n));
}
