using System.Collections.Immutable;
using Microsoft.EntityFrameworkCore;
using Participation.Cms.Content;
using Participation.Cms.ContentTypes;
using Participation.Cms.Cultures;
using Participation.Cms.Persistence;
using Participation.Cms.PropertyEditors;

namespace Participation.Cms.PublishedCache;

/// <summary>
/// Owns the current snapshot. Loads every published node once at start; after a change it reloads only
/// the changed subtrees from the database and rebuilds the graph in memory, then swaps the reference.
/// </summary>
public sealed class PublishedSnapshotService(CmsDatabase database, ContentTypeService contentTypes, PropertyEditorCollection editors, CultureOptions cultures)
{
    private readonly SemaphoreSlim gate = new(1, 1);
    private ImmutableDictionary<int, SnapshotNode> sources = ImmutableDictionary<int, SnapshotNode>.Empty;
    private volatile PublishedSnapshot current = PublishedSnapshot.Empty;

    public PublishedSnapshot Current => current;

    public async Task LoadAllAsync(CancellationToken cancellationToken = default)
    {
        await gate.WaitAsync(cancellationToken);
        try
        {
            await using var db = database.CreateContext();
            var loaded = await LoadAsync(db.Nodes.Where(n => !n.Trashed && n.PublishedVersionId != null), db, cancellationToken);
            sources = loaded.ToImmutableDictionary(n => n.Id);
            await SwapAsync(cancellationToken);
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>Reloads the given nodes and their descendants (their routes may have changed with them).</summary>
    public async Task RefreshAsync(IReadOnlyCollection<Guid> keys, CancellationToken cancellationToken = default)
    {
        await gate.WaitAsync(cancellationToken);
        try
        {
            // Before the first full load (the start-up import) there is nothing to refresh: the load reads it all anyway.
            if (current.Generation == 0)
            {
                return;
            }

            await using var db = database.CreateContext();
            var changed = await db.Nodes.AsNoTracking().Where(n => keys.Contains(n.Key)).Select(n => new { n.Id, n.Path }).ToListAsync(cancellationToken);
            var builder = sources.ToBuilder();

            // Drop what we held for the changed subtrees (old paths), then add back their published state now (new paths).
            var gone = keys.ToHashSet();
            foreach (var source in sources.Values.Where(s => gone.Contains(s.Key)).ToList())
            {
                foreach (var stale in sources.Values.Where(s => s.Id == source.Id || s.Path.StartsWith(source.Path + ",", StringComparison.Ordinal)))
                {
                    builder.Remove(stale.Id);
                }
            }

            foreach (var node in changed)
            {
                var prefix = node.Path + ",";
                var subtree = db.Nodes.Where(n => (n.Id == node.Id || n.Path.StartsWith(prefix)) && !n.Trashed && n.PublishedVersionId != null);
                foreach (var source in await LoadAsync(subtree, db, cancellationToken))
                {
                    builder[source.Id] = source;
                }
            }

            sources = builder.ToImmutable();
            await SwapAsync(cancellationToken);
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>
    /// A one-off snapshot in which one item shows its draft: for previews. Built in memory from the current
    /// published state plus that item's draft; the live snapshot is untouched.
    /// </summary>
    public async Task<PublishedSnapshot> PreviewAsync(Guid key, CancellationToken cancellationToken = default)
    {
        await using var db = database.CreateContext();
        var draft = await db.Nodes.AsNoTracking().Where(n => n.Key == key)
            .Join(db.Versions.AsNoTracking(), n => n.DraftVersionId, v => v.Id, (n, v) => new { Node = n, v.Document })
            .FirstOrDefaultAsync(cancellationToken);
        var preview = sources;
        if (draft is not null)
        {
            var n = draft.Node;
            preview = preview.SetItem(n.Id, new SnapshotNode(n.Id, n.Key, n.Kind, n.ParentId, n.Path, n.Level, n.SortOrder, n.ContentTypeAlias, n.CreateDate, n.UpdateDate, ContentDocument.Parse(draft.Document)));
        }

        var types = await contentTypes.GetAllAsync(null, cancellationToken);
        return new SnapshotBuilder(editors, cultures).Build(preview.Values.ToList(), types, -1);
    }

    public async Task RebuildAsync(CancellationToken cancellationToken = default)
    {
        await gate.WaitAsync(cancellationToken);
        try
        {
            await SwapAsync(cancellationToken);
        }
        finally
        {
            gate.Release();
        }
    }

    private async Task SwapAsync(CancellationToken cancellationToken)
    {
        var types = await contentTypes.GetAllAsync(null, cancellationToken);
        current = new SnapshotBuilder(editors, cultures).Build(sources.Values.ToList(), types, current.Generation + 1);
    }

    private static async Task<List<SnapshotNode>> LoadAsync(IQueryable<NodeRecord> nodes, CmsDbContext db, CancellationToken cancellationToken)
    {
        var rows = await nodes.AsNoTracking()
            .Join(db.Versions.AsNoTracking(), n => n.PublishedVersionId, v => v.Id, (n, v) => new { Node = n, v.Document })
            .ToListAsync(cancellationToken);
        return rows.Select(r => new SnapshotNode(
            r.Node.Id, r.Node.Key, r.Node.Kind, r.Node.ParentId, r.Node.Path, r.Node.Level, r.Node.SortOrder,
            r.Node.ContentTypeAlias, r.Node.CreateDate, r.Node.UpdateDate, ContentDocument.Parse(r.Document))).ToList();
    }
}
