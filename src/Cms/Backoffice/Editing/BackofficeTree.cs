using Microsoft.EntityFrameworkCore;
using Participation.Cms.Backoffice.Text;
using Participation.Cms.Content;
using Participation.Cms.ContentTypes;
using Participation.Cms.Persistence;
using Participation.Cms.Site;

namespace Participation.Cms.Backoffice.Editing;

/// <summary>Reads the content tree with drafts from the database: the backoffice is the one reader that sees unpublished work.</summary>
public sealed class BackofficeTree(CmsDatabase database, ContentTypeService contentTypes, SiteOptions site, BackofficeText text)
{
    public async Task<(IReadOnlyList<TreeItem> Roots, IReadOnlyList<TreeItem> Trashed)> LoadAsync(CancellationToken cancellationToken)
    {
        await using var db = database.CreateContext();
        var rows = await db.Nodes.AsNoTracking().Where(n => n.Kind == NodeKind.Content)
            .Join(db.Versions.AsNoTracking(), n => n.DraftVersionId, v => v.Id, (n, v) => new { Node = n, v.Document })
            .ToListAsync(cancellationToken);
        var byParent = rows.ToLookup(r => r.Node.ParentId);
        var types = await contentTypes.GetAllAsync(null, cancellationToken);
        string TypeName(string alias) => types.TryGetValue(alias, out var type) ? type.NameIn(text.Language) : alias;
        var trashedIds = rows.Where(r => r.Node.Trashed).Select(r => r.Node.Id).ToHashSet();

        TreeItem Build(NodeRecord node, string document) => new(
            node.Key,
            NameOf(ContentDocument.Parse(document), site.DefaultCulture, text["common.untitled"]),
            TypeName(node.ContentTypeAlias),
            node.PublishedVersionId is null ? PublishState.Draft : node.PublishedVersionId == node.DraftVersionId ? PublishState.Published : PublishState.PublishedWithChanges,
            node.Trashed,
            byParent[node.Id].OrderBy(c => c.Node.SortOrder).ThenBy(c => c.Node.Id).Select(c => Build(c.Node, c.Document)).ToList());

        var roots = byParent[null].Where(r => !r.Node.Trashed).OrderBy(r => r.Node.SortOrder).Select(r => Build(r.Node, r.Document)).ToList();
        // The recycle bin lists each trashed subtree once, at its top.
        var trashed = rows.Where(r => r.Node.Trashed && (r.Node.ParentId is null || !trashedIds.Contains(r.Node.ParentId.Value)))
            .OrderByDescending(r => r.Node.UpdateDate).Select(r => Build(r.Node, r.Document)).ToList();
        return (FilterTrashed(roots), trashed);
    }

    private static List<TreeItem> FilterTrashed(IEnumerable<TreeItem> items) =>
        items.Where(i => !i.Trashed).Select(i => i with { Children = FilterTrashed(i.Children) }).ToList();

    /// <summary>The default culture's name, else any; <paramref name="untitled"/> (in the editor's language) for an item with no name at all.</summary>
    internal static string NameOf(ContentDocument document, string defaultCulture, string untitled) =>
        document.Cultures.GetValueOrDefault(defaultCulture)?.Name ?? document.Cultures.Values.FirstOrDefault()?.Name ?? untitled;

    /// <summary>
    /// Any culture's name. Kept for PickerOptions, whose owner moves it to the overload above; the validator
    /// requires a default-culture name, so the first name stored is that one for every saved item.
    /// </summary>
    internal static string NameOf(ContentDocument document, string untitled) =>
        document.Cultures.Values.FirstOrDefault()?.Name ?? untitled;
}
