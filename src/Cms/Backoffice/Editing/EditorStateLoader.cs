using Microsoft.EntityFrameworkCore;
using Participation.Cms.Content;
using Participation.Cms.ContentTypes;
using Participation.Cms.Persistence;

namespace Participation.Cms.Backoffice.Editing;

public sealed class EditorStateLoader(CmsDatabase database, ContentTypeService contentTypes)
{
    public async Task<EditorState?> LoadAsync(Guid key, CancellationToken cancellationToken)
    {
        await using var db = database.CreateContext();
        var node = await db.Nodes.AsNoTracking().FirstOrDefaultAsync(n => n.Key == key && n.Kind == NodeKind.Content, cancellationToken);
        if (node is null || await contentTypes.GetAsync(node.ContentTypeAlias, null, cancellationToken) is not { } type)
        {
            return null;
        }

        // The draft's row once, with who saved it: the info panel and a refused save's explanation both show it.
        var draft = await db.Versions.AsNoTracking().Where(v => v.Id == node.DraftVersionId)
            .Select(v => new { v.Document, v.CreatedBy, v.CreatedAt }).FirstOrDefaultAsync(cancellationToken);
        var published = await db.GetDocumentAsync(node.PublishedVersionId, cancellationToken);
        return draft is null
            ? new EditorState(node, type, new ContentDocument(), published)
            : new EditorState(node, type, ContentDocument.Parse(draft.Document), published, (draft.CreatedBy, draft.CreatedAt));
    }
}
