using Microsoft.EntityFrameworkCore;
using Participation.Cms.Backoffice.Editing;
using Participation.Cms.Backoffice.Text;
using Participation.Cms.Content;
using Participation.Cms.ContentTypes;
using Participation.Cms.Persistence;
using Participation.Cms.Site;

namespace Participation.Cms.Backoffice.Tree;

/// <summary>
/// The backoffice tree one level at a time: the children of one item, a page of them, with names from their drafts.
/// A request reads at most <see cref="PageSize"/> items and their documents, however large the site; the path of
/// the item being edited is the only thing opened beyond the top level.
/// </summary>
public sealed class ContentTreeReader(CmsDatabase database, ContentTypeService contentTypes, Approvals approvals, SiteOptions site, BackofficeText text)
{
    public const int PageSize = 50;

    /// <param name="Waiting">A writer sent it for publishing and no editor has published it since.</param>
    public sealed record Item(Guid Key, string Name, string TypeName, string Icon, PublishState State, bool HasChildren, bool Waiting = false);

    /// <param name="Parent">Null for the top level.</param>
    /// <param name="Next">Where the next page starts, when there is one.</param>
    public sealed record Level(Guid? Parent, IReadOnlyList<Item> Items, int? Next);

    /// <summary>A page of <paramref name="parent"/>'s children in their sort order; null when the parent is not in the tree.</summary>
    public async Task<Level?> ChildrenAsync(Guid? parent, int skip, CancellationToken cancellationToken, int take = PageSize)
    {
        await using var db = database.CreateContext();
        int? parentId = null;
        if (parent is { } key)
        {
            parentId = await db.Nodes.Where(n => n.Key == key && n.Kind == NodeKind.Content && !n.Trashed).Select(n => (int?)n.Id).FirstOrDefaultAsync(cancellationToken);
            if (parentId is null)
            {
                return null;
            }
        }

        skip = Math.Max(0, skip);
        var rows = await db.Nodes.AsNoTracking()
            .Where(n => n.ParentId == parentId && n.Kind == NodeKind.Content && !n.Trashed)
            .OrderBy(n => n.SortOrder).ThenBy(n => n.Id)
            .Skip(skip).Take(take + 1)
            .Select(n => new
            {
                n.Key,
                n.ContentTypeAlias,
                n.DraftVersionId,
                n.PublishedVersionId,
                HasChildren = db.Nodes.Any(c => c.ParentId == n.Id && !c.Trashed),
                Document = db.Versions.Where(v => v.Id == n.DraftVersionId).Select(v => v.Document).FirstOrDefault(),
            })
            .ToListAsync(cancellationToken);
        var types = await contentTypes.GetAllAsync(null, cancellationToken);
        var waiting = await approvals.WaitingAmongAsync(rows.Take(take).Select(r => r.Key).ToList(), cancellationToken);
        var items = rows.Take(take).Select(r =>
        {
            var type = types.GetValueOrDefault(r.ContentTypeAlias);
            return new Item(
                r.Key,
                BackofficeTree.NameOf(r.Document is null ? new ContentDocument() : ContentDocument.Parse(r.Document), site.DefaultCulture, text["common.untitled"]),
                type?.NameIn(text.Language) ?? r.ContentTypeAlias,
                type?.Icon ?? "icon-document",
                r.PublishedVersionId is null ? PublishState.Draft : r.PublishedVersionId == r.DraftVersionId ? PublishState.Published : PublishState.PublishedWithChanges,
                r.HasChildren,
                waiting.Contains(r.Key));
        }).ToList();
        return new Level(parent, items, rows.Count > take ? skip + take : null);
    }

    /// <summary>The keys from the top level down to <paramref name="key"/>'s parent: the levels to open for it.</summary>
    public async Task<IReadOnlyList<Guid>> AncestorsAsync(Guid key, CancellationToken cancellationToken)
    {
        await using var db = database.CreateContext();
        var path = await db.Nodes.Where(n => n.Key == key).Select(n => n.Path).FirstOrDefaultAsync(cancellationToken);
        var ids = (path ?? "").Split(',').Skip(1).SkipLast(1).Select(int.Parse).ToList();
        var keys = await db.Nodes.Where(n => ids.Contains(n.Id)).Select(n => new { n.Id, n.Key }).ToDictionaryAsync(n => n.Id, n => n.Key, cancellationToken);
        return ids.Where(keys.ContainsKey).Select(id => keys[id]).ToList();
    }
}
