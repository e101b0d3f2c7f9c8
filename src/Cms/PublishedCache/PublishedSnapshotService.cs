using System.Text;
using Microsoft.EntityFrameworkCore;
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
    private volatile PublishedSnapshot? drafts;

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
            drafts = null; // a full load follows a type change or a rebuild; the next preview reads the drafts again
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

            current = await EditAsync(current, keys, subtrees, Published, current.Generation + 1, cancellationToken);
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>
    /// Every item that is not in the recycle bin, each at its newest draft: what a preview client of the Delivery API
    /// reads. Built on first use (most sites never ask), then kept current by <see cref="RefreshDraftsAsync"/> like the
    /// live snapshot, so a preview query never loads the site again.
    /// </summary>
    public async Task<PublishedSnapshot> DraftsAsync(CancellationToken cancellationToken = default)
    {
        if (drafts is { } built)
        {
            return built;
        }

        await gate.WaitAsync(cancellationToken);
        try
        {
            if (drafts is null)
            {
                await using var db = database.CreateContext();
                var types = await contentTypes.GetAllAsync(null, cancellationToken);
                var edit = new SnapshotEditor(PublishedSnapshot.Empty, types, editors, site);
                foreach (var node in await LoadAsync(Drafts(db), db, cancellationToken, DraftVersion))
                {
                    edit.Upsert(node);
                }

                drafts = edit.Build(DraftGeneration);
            }

            return drafts;
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>Keeps the drafts snapshot, once built, current with a batch of changes: saves count here.</summary>
    public async Task RefreshDraftsAsync(IReadOnlyCollection<Guid> keys, IReadOnlyCollection<Guid> subtrees, bool all, CancellationToken cancellationToken = default)
    {
        await gate.WaitAsync(cancellationToken);
        try
        {
            if (drafts is { } built)
            {
                // A type change can change how every item converts: the next preview builds the drafts again.
                drafts = all ? null : await EditAsync(built, keys, subtrees, ForDrafts, DraftGeneration, cancellationToken);
            }
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

    private const long DraftGeneration = -1;

    // Declared before the tracks that use it: static fields initialise in text order.
    private static readonly System.Linq.Expressions.Expression<Func<NodeRecord, int?>> DraftVersion = n => n.DraftVersionId ?? n.PublishedVersionId;

    private static readonly Track Published = new(db => db.Nodes.Where(n => !n.Trashed && n.PublishedVersionId != null), null);

    private static readonly Track ForDrafts = new(Drafts, DraftVersion);

    private static IQueryable<NodeRecord> Drafts(CmsDbContext db) => db.Nodes.Where(n => !n.Trashed && (n.DraftVersionId != null || n.PublishedVersionId != null));

    private async Task<PublishedSnapshot> EditAsync(
        PublishedSnapshot snapshot, IReadOnlyCollection<Guid> keys, IReadOnlyCollection<Guid> subtrees, Track track, long generation, CancellationToken cancellationToken)
    {
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

        var nodes = track.Nodes(db);
        foreach (var node in await LoadAsync(nodes.Where(n => keys.Contains(n.Key)), db, cancellationToken, track.Version))
        {
            edit.Upsert(node);
        }

        foreach (var root in await db.Nodes.AsNoTracking().Where(n => subtrees.Contains(n.Key)).Select(n => new { n.Id, n.Path }).ToListAsync(cancellationToken))
        {
            var prefix = root.Path + ",";
            foreach (var node in await LoadAsync(nodes.Where(n => n.Id == root.Id || n.Path.StartsWith(prefix)), db, cancellationToken, track.Version))
            {
                edit.Upsert(node);
            }
        }

        return edit.Build(generation);
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
            r.Node.ContentTypeAlias, r.Node.CreateDate, r.Node.UpdateDate, Encoding.UTF8.GetBytes(r.Document))).ToList();
    }

    /// <summary>Which nodes a snapshot holds and at which version: published ones, or every one at its draft.</summary>
    private sealed record Track(Func<CmsDbContext, IQueryable<NodeRecord>> Nodes, System.Linq.Expressions.Expression<Func<NodeRecord, int?>>? Version);
}
