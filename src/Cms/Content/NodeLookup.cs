using Microsoft.EntityFrameworkCore;
using Participation.Cms.Persistence;

namespace Participation.Cms.Content;

internal static class NodeLookup
{
    public static async Task<NodeRecord> GetNodeAsync(this CmsDbContext db, Guid key, CancellationToken cancellationToken) =>
        await db.Nodes.FirstOrDefaultAsync(n => n.Key == key, cancellationToken)
        ?? throw new ContentOperationException($"Sisältöä {key} ei löydy.");

    public static async Task<ContentDocument?> GetDocumentAsync(this CmsDbContext db, int? versionId, CancellationToken cancellationToken)
    {
        if (versionId is null)
        {
            return null;
        }

        var json = await db.Versions.Where(v => v.Id == versionId).Select(v => v.Document).FirstAsync(cancellationToken);
        return ContentDocument.Parse(json);
    }

    /// <summary>The node and all its descendants, found by materialised path.</summary>
    public static Task<List<NodeRecord>> SubtreeAsync(this CmsDbContext db, NodeRecord node, CancellationToken cancellationToken)
    {
        var prefix = node.Path + ",";
        return db.Nodes.Where(n => n.Id == node.Id || n.Path.StartsWith(prefix)).ToListAsync(cancellationToken);
    }
}
