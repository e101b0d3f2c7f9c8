using Microsoft.EntityFrameworkCore;
using Participation.Cms.Persistence;
using Participation.Cms.Text;

namespace Participation.Cms.Content;

internal static class NodeLookup
{
    /// <summary>The node, or a refusal in the editor's language when another editor deleted it meanwhile.</summary>
    public static async Task<NodeRecord> GetNodeAsync(this CmsDbContext db, Guid key, EngineText text, CancellationToken cancellationToken) =>
        await db.Nodes.FirstOrDefaultAsync(n => n.Key == key, cancellationToken)
        ?? throw new ContentOperationException(text.Format("content.notFound", key));

    /// <summary>For callers that have already loaded the item (so a miss is a programming error, not an editor's).</summary>
    public static async Task<NodeRecord> GetNodeAsync(this CmsDbContext db, Guid key, CancellationToken cancellationToken) =>
        await db.Nodes.FirstOrDefaultAsync(n => n.Key == key, cancellationToken)
        ?? throw new ContentOperationException($"Content {key} was not found.");

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
