using Microsoft.EntityFrameworkCore;
using Participation.Cms.Backoffice.Text;
using Participation.Cms.Content;
using Participation.Cms.ContentTypes;
using Participation.Cms.Persistence;
using Participation.Cms.Site;

namespace Participation.Cms.Backoffice.Editing;

/// <summary>Reads trashed content with drafts from the database, and names items in the editor's terms.</summary>
public sealed class BackofficeTree(CmsDatabase database, ContentTypeService contentTypes, SiteOptions site, BackofficeText text)
{
    /// <summary>
    /// The recycle bin: each trashed subtree once, at its top, newest first. Reads only trashed rows, so the content
    /// home costs the same with 10 000 items as with 10 (the tree itself is read a level at a time by ContentTreeReader).
    /// </summary>
    public async Task<IReadOnlyList<TreeItem>> TrashedAsync(CancellationToken cancellationToken)
    {
        await using var db = database.CreateContext();
        var rows = await db.Nodes.AsNoTracking().Where(n => n.Kind == NodeKind.Content && n.Trashed)
            .Where(n => n.ParentId == null || !db.Nodes.Any(p => p.Id == n.ParentId && p.Trashed))
            .OrderByDescending(n => n.UpdateDate).Take(200)
            .Join(db.Versions.AsNoTracking(), n => n.DraftVersionId, v => v.Id, (n, v) => new { Node = n, v.Document })
            .ToListAsync(cancellationToken);
        var types = await contentTypes.GetAllAsync(null, cancellationToken);
        return rows.Select(r => new TreeItem(
                r.Node.Key,
                NameOf(ContentDocument.Parse(r.Document), site.DefaultCulture, text["common.untitled"]),
                types.TryGetValue(r.Node.ContentTypeAlias, out var type) ? type.NameIn(text.Language) : r.Node.ContentTypeAlias,
                r.Node.PublishedVersionId is null ? PublishState.Draft : PublishState.Published,
                true,
                []))
            .ToList();
    }

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
