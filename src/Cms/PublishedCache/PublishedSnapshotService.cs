using Microsoft.EntityFrameworkCore;
using Participation.Cms.Content;
using Participation.Cms.ContentTypes;
using Participation.Cms.Persistence;
using Participation.Cms.PropertyEditors;
using Participation.Cms.Site;

namespace Participation.Cms.PublishedCache;

/// <summary>
/// Owns the current snapshot. Loads every published node once at start; after a change it reads only the changed nodes
/// (and, for moves, their subtrees) from the database and swaps in a snapshot that shares everything else.
/// </summary>
public sealed class PublishedSnapshotService(CmsDatabase database, ContentTypeService contentTypes, PropertyEditorCollection editors, SiteOptions site)
{
    private readonly SemaphoreSlim gate = new(1, 1);
    private volatile PublishedSnapshot current = PublishedSnapshot.Empty;

    public PublishedSnapshot Current => current;

    public async Task LoadAllAsync(CancellationToken cancellationToken = default)
    {
        await gate.WaitAsync(cancellationToken);
        try
        {
            await using var db = database.CreateContext();
            var types = await contentTypes.GetAllAsync(null, cancellationToken);
            var edit = new SnapshotEditor(PublishedSnapshot.Empty, types, editors, site);
            foreach (var node in await LoadAsync(db.Nodes.Where(n => !n.Trashed && n.PublishedVersionId != null), db, cancellationToken))
            {
                edit.Upsert(node);
            }

            current = edit.Build(current.Generation + 1);
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>
    /// Re-reads the published state of <paramref name="keys"/>, and of <paramref name="subtrees"/> with all their descendants
    /// (a move, trash or restore changes where they are).
    /// </summary>
    public async Task RefreshAsync(IReadOnlyCollection<Guid> keys, IReadOnlyCollection<Guid> subtrees, CancellationToken cancellationToken = default)
    {
        await gate.WaitAsync(cancellationToken);
        try
        {
            // Before the first full load (the start-up import) there is nothing to refresh: the load reads it all anyway.
            if (current.Generation == 0)
            {
                return;
            }

            var snapshot = current;
            var types = await contentTypes.GetAllAsync(null, cancellationToken);
            var edit = new SnapshotEditor(snapshot, types, editors, site);
            await using var db = database.CreateContext();
            foreach (var key in keys.Concat(subtrees))
            {
                edit.Remove(key);
            }

            foreach (var key in subtrees)
            {
                if (snapshot.GetByKey(key) is { } item)
                {
                    RemoveDescendants(snapshot, item, edit);
                }
            }

            var published = db.Nodes.Where(n => !n.Trashed && n.PublishedVersionId != null);
            foreach (var node in await LoadAsync(published.Where(n => keys.Contains(n.Key)), db, cancellationToken))
            {
                edit.Upsert(node);
            }

            foreach (var root in await db.Nodes.AsNoTracking().Where(n => subtrees.Contains(n.Key)).Select(n => new { n.Id, n.Path }).ToListAsync(cancellationToken))
            {
                var prefix = root.Path + ",";
                foreach (var node in await LoadAsync(published.Where(n => n.Id == root.Id || n.Path.StartsWith(prefix)), db, cancellationToken))
                {
                    edit.Upsert(node);
                }
            }

            current = edit.Build(snapshot.Generation + 1);
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>
    /// The live snapshot with one item showing its draft: for previews. An overlay built like any other change, sharing
    /// everything else with the live snapshot, and never swapped in.
    /// </summary>
    public async Task<PublishedSnapshot> PreviewAsync(Guid key, CancellationToken cancellationToken = default)
    {
        await using var db = database.CreateContext();
        var draft = await LoadAsync(db.Nodes.Where(n => n.Key == key), db, cancellationToken, n => n.DraftVersionId);
        var edit = new SnapshotEditor(current, await contentTypes.GetAllAsync(null, cancellationToken), editors, site);
        foreach (var node in draft)
        {
            edit.Upsert(node);
        }

        return edit.Build(-1);
    }

    private static void RemoveDescendants(PublishedSnapshot snapshot, PublishedContent item, SnapshotEditor edit)
    {
        foreach (var child in snapshot.Children(item))
        {
            edit.Remove(child.Key);
            RemoveDescendants(snapshot, child, edit);
        }
    }

    private static async Task<List<SnapshotNode>> LoadAsync(
        IQueryable<NodeRecord> nodes,
        CmsDbContext db,
        CancellationToken cancellationToken,
        System.Linq.Expressions.Expression<Func<NodeRecord, int?>>? version = null)
    {
        var rows = await nodes.AsNoTracking()
            .Join(db.Versions.AsNoTracking(), version ?? (n => n.PublishedVersionId), v => (int?)v.Id, (n, v) => new { Node = n, v.Document })
            .ToListAsync(cancellationToken);
        return rows.Select(r => new SnapshotNode(
            r.Node.Id, r.Node.Key, r.Node.Kind, r.Node.ParentId, r.Node.Path, r.Node.Level, r.Node.SortOrder,
            r.Node.ContentTypeAlias, r.Node.CreateDate, r.Node.UpdateDate, ContentDocument.Parse(r.Document))).ToList();
    }
}
