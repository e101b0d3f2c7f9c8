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

        var draft = await db.GetDocumentAsync(node.DraftVersionId, cancellationToken) ?? new ContentDocument();
        var published = await db.GetDocumentAsync(node.PublishedVersionId, cancellationToken);
        return new EditorState(node, type, draft, published);
    }
}
