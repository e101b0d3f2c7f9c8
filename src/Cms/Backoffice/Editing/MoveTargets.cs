using Microsoft.EntityFrameworkCore;
using Participation.Cms.Content;
using Participation.Cms.ContentTypes;
using Participation.Cms.Persistence;
using Participation.Cms.Site;

namespace Participation.Cms.Backoffice.Editing;

/// <summary>Where an item may be moved: under any item whose type allows it, never under itself or its own descendants.</summary>
public sealed class MoveTargets(CmsDatabase database, ContentTypeService contentTypes, SiteOptions site)
{
    public async Task<IReadOnlyList<(Guid Key, string Name)>> ForAsync(EditorState state, string untitled, CancellationToken cancellationToken)
    {
        var types = await contentTypes.GetAllAsync(null, cancellationToken);
        var allowedParents = types.Values.Where(t => t.AllowedChildren.Contains(state.Type.Alias)).Select(t => t.Alias).ToHashSet();
        var ownPath = state.Node.Path + ",";
        await using var db = database.CreateContext();
        var rows = await db.Nodes.AsNoTracking()
            .Where(n => n.Kind == NodeKind.Content && !n.Trashed && allowedParents.Contains(n.ContentTypeAlias)
                && n.Id != state.Node.Id && n.Id != state.Node.ParentId && !n.Path.StartsWith(ownPath))
            .Join(db.Versions.AsNoTracking(), n => n.DraftVersionId, v => v.Id, (n, v) => new { n.Key, v.Document })
            .ToListAsync(cancellationToken);
        return rows.Select(r => (r.Key, BackofficeTree.NameOf(ContentDocument.Parse(r.Document), site.DefaultCulture, untitled)))
            .OrderBy(r => r.Item2, StringComparer.Create(SiteOptions.FormattingCulture(site.DefaultCulture), true))
            .ToList();
    }
}
