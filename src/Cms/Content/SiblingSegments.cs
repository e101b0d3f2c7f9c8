using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Participation.Cms.Persistence;

namespace Participation.Cms.Content;

/// <summary>
/// The URL segments each level's items use at their drafts, read once per level and kept up to date by the saves that
/// follow. Only an import keeps one (in its units of work's shared cache): it saves thousands of siblings in a row, and
/// reading every sibling's draft again for each of them made the import slower with every item it had imported.
/// </summary>
internal sealed class SiblingSegments
{
    public const string CacheKey = "siblingSegments";

    private readonly Dictionary<int, Level> levels = [];

    public async Task<Level> LevelAsync(CmsDbContext db, int? parentId, CancellationToken cancellationToken)
    {
        if (levels.TryGetValue(parentId ?? 0, out var level))
        {
            return level;
        }

        level = new Level();
        foreach (var (id, json) in await SiblingDraftsAsync(db, parentId, cancellationToken))
        {
            level.Set(id, ContentDocument.Parse(json));
        }

        levels[parentId ?? 0] = level;
        return level;
    }

    /// <summary>
    /// Whether a sibling of <paramref name="node"/> uses <paramref name="segment"/> in <paramref name="culture"/> at its
    /// draft. The database finds the few drafts whose text holds the segment, and only those are read: reading every
    /// sibling made each save under a list of thousands slower with its length (45-65 ms under 5 000 news items).
    /// </summary>
    public static async Task<bool> IsTakenAsync(CmsDbContext db, NodeRecord node, string culture, string segment, CancellationToken cancellationToken)
    {
        var text = "\"segment\":" + JsonSerializer.Serialize(segment, ContentDocument.Json); // as ContentDocument.ToJson writes it
        var drafts = await db.Nodes
            .Where(n => n.ParentId == node.ParentId && n.Id != node.Id && n.Kind == NodeKind.Content && !n.Trashed)
            .Join(db.Versions, n => n.DraftVersionId, v => v.Id, (n, v) => v.Document)
            .Where(document => document.Contains(text))
            .ToListAsync(cancellationToken);
        return drafts.Any(d => ContentDocument.Parse(d).Cultures.GetValueOrDefault(culture)?.Segment == segment);
    }

    /// <summary>Every item's draft document on one level (content not in the recycle bin).</summary>
    private static async Task<List<(int Id, string Document)>> SiblingDraftsAsync(CmsDbContext db, int? parentId, CancellationToken cancellationToken)
    {
        var rows = await db.Nodes
            .Where(n => n.ParentId == parentId && n.Kind == NodeKind.Content && !n.Trashed)
            .Join(db.Versions, n => n.DraftVersionId, v => v.Id, (n, v) => new { n.Id, v.Document })
            .ToListAsync(cancellationToken);
        return rows.Select(r => (r.Id, r.Document)).ToList();
    }

    public sealed class Level
    {
        private readonly Dictionary<(string Culture, string Segment), int> owners = [];
        private readonly Dictionary<int, List<(string, string)>> byNode = [];

        public bool IsTaken(string culture, string segment, int byOtherThan) =>
            owners.TryGetValue((culture, segment), out var owner) && owner != byOtherThan;

        public void Set(int nodeId, ContentDocument draft)
        {
            if (byNode.Remove(nodeId, out var old))
            {
                foreach (var key in old.Where(k => owners.GetValueOrDefault(k) == nodeId))
                {
                    owners.Remove(key);
                }
            }

            var keys = draft.Cultures.Select(c => (c.Key, c.Value.Segment)).ToList();
            byNode[nodeId] = keys;
            foreach (var key in keys)
            {
                owners.TryAdd(key, nodeId);
            }
        }
    }
}
