using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Participation.Cms.Content;
using Participation.Cms.Persistence;
using Participation.Cms.PropertyEditors;
using Participation.Cms.Site;

namespace Participation.Cms.Media;

/// <summary>
/// The backoffice's view of the media library a folder and a page at a time: a folder's subfolders and one page of its
/// files (newest first), the path above it, and a search by name over every folder. Reads grow with a page, never with
/// the library (2 000 images cost what 20 do).
/// </summary>
public sealed class MediaLibrary(CmsDatabase database, DraftNodeSearch search, SiteOptions site)
{
    public const int PageSize = 60;

    public sealed record Entry(Guid Key, string Name, string Url, int? Width, int? Height)
    {
        public bool IsImage => Width is not null;
    }

    /// <summary>A folder (null: the top) with its path from the top and its subfolders; an unknown key is the top.</summary>
    public sealed record Place(Guid? Key, IReadOnlyList<(Guid Key, string Name)> Trail, IReadOnlyList<(Guid Key, string Name)> Folders);

    public async Task<Place> FolderAsync(Guid? key, CancellationToken cancellationToken)
    {
        await using var db = database.CreateContext();
        var folder = key is { } k
            ? await db.Nodes.AsNoTracking().FirstOrDefaultAsync(n => n.Key == k && n.Kind == NodeKind.Media && n.ContentTypeAlias == "Folder", cancellationToken)
            : null;
        var pathIds = (folder?.Path ?? "-1").Split(',').Skip(1).Select(int.Parse).ToList();
        var trail = await NamedAsync(db, db.Nodes.Where(n => pathIds.Contains(n.Id)), cancellationToken);
        var folders = await NamedAsync(db, db.Nodes.Where(n => n.Kind == NodeKind.Media && n.ParentId == (folder == null ? null : folder.Id) && n.ContentTypeAlias == "Folder"), cancellationToken);
        return new Place(
            folder?.Key,
            pathIds.Select(id => trail.FirstOrDefault(t => t.Id == id)).Where(t => t.Name is not null).Select(t => (t.Key, t.Name)).ToList(),
            folders.OrderBy(f => f.Name, StringComparer.Create(SiteOptions.FormattingCulture(site.DefaultCulture), true)).Select(f => (f.Key, f.Name)).ToList());
    }

    /// <summary>One page of a folder's files, newest first, and how many files the folder has.</summary>
    public async Task<(IReadOnlyList<Entry> Items, int Total)> FilesAsync(Guid? folder, int page, CancellationToken cancellationToken)
    {
        await using var db = database.CreateContext();
        int? parentId = folder is { } f ? await db.Nodes.Where(n => n.Key == f && n.Kind == NodeKind.Media).Select(n => (int?)n.Id).FirstOrDefaultAsync(cancellationToken) : null;
        var files = db.Nodes.AsNoTracking().Where(n => n.Kind == NodeKind.Media && n.ParentId == parentId && n.ContentTypeAlias != "Folder" && !n.Trashed);
        var total = await files.CountAsync(cancellationToken);
        var rows = await files.OrderByDescending(n => n.CreateDate).ThenByDescending(n => n.Id)
            .Skip((Math.Max(1, page) - 1) * PageSize).Take(PageSize)
            .Join(db.Versions.AsNoTracking(), n => n.DraftVersionId, v => v.Id, (n, v) => new { n.Key, v.Document })
            .ToListAsync(cancellationToken);
        return (rows.Select(r => ToEntry(r.Key, ContentDocument.Parse(r.Document))).OfType<Entry>().ToList(), total);
    }

    /// <summary>Files whose name contains the words, in any folder, the most recently changed first (at most a page).</summary>
    public async Task<IReadOnlyList<Entry>> SearchAsync(string query, CancellationToken cancellationToken) =>
        (await search.SearchAsync(NodeKind.Media, new HashSet<string> { "Image", "File" }, query, PageSize, site.DefaultCulture, cancellationToken))
            .Select(h => ToEntry(h.Key, h.Document)).OfType<Entry>().ToList();

    private Entry? ToEntry(Guid key, ContentDocument document) =>
        document.Values["umbracoFile"] is JsonValue file && file.TryGetValue(out string? url)
            ? new Entry(key, DraftNodeSearch.NameOf(document, site.DefaultCulture) ?? "", url, Number(document.Values["umbracoWidth"]), Number(document.Values["umbracoHeight"]))
            : null;

    private static int? Number(JsonNode? value) => value is JsonValue v && v.TryGetValue(out int n) ? n : null;

    private async Task<List<(int Id, Guid Key, string Name)>> NamedAsync(CmsDbContext db, IQueryable<NodeRecord> nodes, CancellationToken cancellationToken) =>
        (await nodes.Join(db.Versions.AsNoTracking(), n => n.DraftVersionId, v => v.Id, (n, v) => new { n.Id, n.Key, v.Document }).ToListAsync(cancellationToken))
            .Select(r => (r.Id, r.Key, DraftNodeSearch.NameOf(ContentDocument.Parse(r.Document), site.DefaultCulture) ?? "")).ToList();
}
