using Microsoft.EntityFrameworkCore;
using Participation.Cms.Notifications;
using Participation.Cms.Persistence;
using Participation.Cms.Routing.Redirects;
using Participation.Cms.Text;

namespace Participation.Cms.Content;

/// <summary>Changes the shape of the tree: move, sort, trash, restore and delete. Descendants follow their parent.</summary>
public sealed class ContentTreeService(UnitOfWorkProvider unitOfWork, ContentService content, EngineText text, RedirectRecorder redirects)
{
    public Task MoveAsync(Guid key, Guid? newParentKey, string user, UnitOfWork? uow = null, CancellationToken cancellationToken = default) =>
        unitOfWork.RunAsync(uow, async u =>
        {
            var node = await u.Db.GetNodeAsync(key, text, cancellationToken);
            var parent = newParentKey is { } p ? await u.Db.GetNodeAsync(p, text, cancellationToken) : null;
            if (parent is not null && (parent.Id == node.Id || parent.Path.StartsWith(node.Path + ",", StringComparison.Ordinal)))
            {
                throw new ContentOperationException(text["tree.moveUnderItself"]);
            }

            await content.EnsureAllowedUnderAsync(u, node.ContentTypeAlias, parent, cancellationToken);
            await redirects.RememberAsync(u, node.Key, null, cancellationToken);
            var subtree = await u.Db.SubtreeAsync(node, cancellationToken);
            var oldPath = node.Path;
            var newPath = $"{parent?.Path ?? "-1"},{node.Id}";
            var levelShift = (parent?.Level ?? 0) + 1 - node.Level;
            foreach (var n in subtree)
            {
                n.Path = newPath + n.Path[oldPath.Length..];
                n.Level += levelShift;
            }

            node.ParentId = parent?.Id;
            node.SortOrder = (await u.Db.Nodes.Where(n => n.ParentId == node.ParentId && n.Id != node.Id).MaxAsync(n => (int?)n.SortOrder, cancellationToken) ?? -1) + 1;
            node.UpdateDate = u.Now;
            u.Audit(user, "Move", node.Key, newParentKey?.ToString());
            u.Notify(new ContentMoved(node.Key));
            return true;
        }, cancellationToken);

    /// <summary>Sets the order of a parent's children to the given order of keys.</summary>
    public Task SortAsync(Guid? parentKey, IReadOnlyList<Guid> orderedKeys, string user, UnitOfWork? uow = null, CancellationToken cancellationToken = default) =>
        unitOfWork.RunAsync(uow, async u =>
        {
            var parent = parentKey is { } p ? await u.Db.GetNodeAsync(p, text, cancellationToken) : null;
            // Trashed children keep their place for a restore; the order an editor sets is of the ones on the site.
            var children = await u.Db.Nodes.Where(n => n.ParentId == (parent == null ? null : parent.Id) && n.Kind == NodeKind.Content && !n.Trashed).ToListAsync(cancellationToken);
            if (orderedKeys.Count != children.Count || !children.All(c => orderedKeys.Contains(c.Key)))
            {
                throw new ContentOperationException(text["tree.sortIncomplete"]);
            }

            var position = orderedKeys.Select((key, index) => (key, index)).ToDictionary(p => p.key, p => p.index);
            foreach (var child in children.Where(c => c.SortOrder != position[c.Key]))
            {
                child.SortOrder = position[child.Key];
                u.Notify(new ContentSorted(child.Key));
            }

            u.Audit(user, "Sort", parent?.Key);
            return true;
        }, cancellationToken);

    /// <summary>Moves an item and its descendants to the recycle bin: off the site, kept for restore.</summary>
    public Task TrashAsync(Guid key, string user, UnitOfWork? uow = null, CancellationToken cancellationToken = default) =>
        SetTrashedAsync(key, true, user, uow, cancellationToken);

    public Task RestoreAsync(Guid key, string user, UnitOfWork? uow = null, CancellationToken cancellationToken = default) =>
        SetTrashedAsync(key, false, user, uow, cancellationToken);

    /// <summary>Deletes a trashed item for good, with its descendants and every version.</summary>
    public Task DeleteAsync(Guid key, string user, UnitOfWork? uow = null, CancellationToken cancellationToken = default) =>
        unitOfWork.RunAsync(uow, async u =>
        {
            var node = await u.Db.GetNodeAsync(key, text, cancellationToken);
            if (!node.Trashed)
            {
                throw new ContentOperationException(text["tree.deleteNotTrashed"]);
            }

            var subtree = await u.Db.SubtreeAsync(node, cancellationToken);
            u.Db.Nodes.RemoveRange(subtree.OrderByDescending(n => n.Level));
            u.Audit(user, "Delete", node.Key, $"{subtree.Count} items");
            foreach (var n in subtree)
            {
                u.Notify(new ContentDeleted(n.Key));
            }

            return true;
        }, cancellationToken);

    private Task SetTrashedAsync(Guid key, bool trashed, string user, UnitOfWork? uow, CancellationToken cancellationToken) =>
        unitOfWork.RunAsync(uow, async u =>
        {
            var node = await u.Db.GetNodeAsync(key, text, cancellationToken);
            if (!trashed && node.ParentId is { } parentId && await u.Db.Nodes.AnyAsync(n => n.Id == parentId && n.Trashed, cancellationToken))
            {
                throw new ContentOperationException(text["tree.restoreParentFirst"]);
            }

            foreach (var n in await u.Db.SubtreeAsync(node, cancellationToken))
            {
                n.Trashed = trashed;
                n.UpdateDate = u.Now;
            }

            u.Audit(user, trashed ? "Trash" : "Restore", node.Key);
            u.Notify(new ContentMoved(node.Key));
            return true;
        }, cancellationToken);
}
