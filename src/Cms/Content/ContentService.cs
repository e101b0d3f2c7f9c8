using Microsoft.EntityFrameworkCore;
using Participation.Cms.ContentTypes;
using Participation.Cms.Notifications;
using Participation.Cms.Persistence;
using Participation.Cms.Routing.Redirects;
using Participation.Cms.Site;
using Participation.Cms.Text;

namespace Participation.Cms.Content;

/// <summary>
/// Writes content: every save is a new immutable draft version; publishing points the node's published
/// version at what the draft holds for the published cultures. Each call runs in the given unit of work,
/// or in one of its own.
/// </summary>
public sealed class ContentService(
    UnitOfWorkProvider unitOfWork,
    ContentTypeService contentTypes,
    DocumentValidator validator,
    SiteOptions site,
    EngineText text,
    RedirectRecorder redirects)
{
    public Task<Guid> CreateAsync(CreateContent request, string user, UnitOfWork? uow = null, CancellationToken cancellationToken = default) =>
        RunAsync(uow, async u =>
        {
            var type = await contentTypes.GetAsync(request.ContentType, u, cancellationToken)
                ?? throw new ContentOperationException(text.Format("content.typeNotFound", request.ContentType));
            if (type.IsElement)
            {
                throw new ContentOperationException(text.Format("content.elementType", type.Alias));
            }

            NodeRecord? parent = request.ParentKey is { } parentKey ? await u.Db.GetNodeAsync(parentKey, text, cancellationToken) : null;
            await EnsureAllowedAsync(u, type, parent, cancellationToken);
            var siblings = u.Db.Nodes.Where(n => n.ParentId == (parent == null ? null : parent.Id) && n.Kind == NodeKind.Content);
            var node = new NodeRecord
            {
                Key = request.Key ?? Guid.NewGuid(),
                Kind = NodeKind.Content,
                ParentId = parent?.Id,
                Level = (parent?.Level ?? 0) + 1,
                SortOrder = request.SortOrder ?? (await siblings.MaxAsync(n => (int?)n.SortOrder, cancellationToken) ?? -1) + 1,
                ContentTypeAlias = type.Alias,
                CreateDate = request.CreateDate ?? u.Now,
                UpdateDate = u.Now,
                CreatedBy = user,
                Trashed = parent?.Trashed ?? false,
            };
            u.Db.Nodes.Add(node);
            await u.Db.SaveChangesAsync(cancellationToken);
            node.Path = $"{parent?.Path ?? "-1"},{node.Id}";
            await SaveDraftAsync(u, node, type, request.Draft, user, cancellationToken);
            u.Audit(user, "Create", node.Key, type.Alias);
            return node.Key;
        }, cancellationToken);

    public Task SaveAsync(Guid key, ContentDocument draft, string user, UnitOfWork? uow = null, CancellationToken cancellationToken = default) =>
        SaveAsync(key, draft, basedOn: null, user, uow, cancellationToken);

    /// <summary>
    /// Saves a draft edited from version <paramref name="basedOn"/> (the draft the form was read from), refusing with
    /// <see cref="ContentConflictException"/> when the draft has moved on since: a second tab or a second editor never
    /// silently overwrites the first. Null skips the check (imports, rollbacks, code that owns the item).
    /// </summary>
    public Task SaveAsync(Guid key, ContentDocument draft, int? basedOn, string user, UnitOfWork? uow = null, CancellationToken cancellationToken = default) =>
        RunAsync(uow, async u =>
        {
            var node = await u.Db.GetNodeAsync(key, text, cancellationToken);
            if (basedOn is not null)
            {
                // One conditional update instead of compare-then-write: under PostgreSQL's read committed two saves can
                // both read the old draft id, but only one update matches it; the other waits for the row and then misses.
                var claimed = await u.Db.Nodes.Where(n => n.Id == node.Id && n.DraftVersionId == basedOn)
                    .ExecuteUpdateAsync(s => s.SetProperty(n => n.UpdateDate, u.Now), cancellationToken);
                if (claimed == 0)
                {
                    throw new ContentConflictException(key, basedOn);
                }
            }

            var type = await contentTypes.GetAsync(node.ContentTypeAlias, u, cancellationToken)
                ?? throw new ContentOperationException(text.Format("content.typeNotFound", node.ContentTypeAlias));
            await SaveDraftAsync(u, node, type, draft, user, cancellationToken);
            return true;
        }, cancellationToken);

    /// <summary>
    /// A new draft with an old version's values: history is never rewritten, publishing stays a separate step, and the
    /// audit log says it was a rollback and from which version (the history marks it).
    /// </summary>
    public Task RollbackAsync(Guid key, int versionId, string user, UnitOfWork? uow = null, CancellationToken cancellationToken = default) =>
        RunAsync(uow, async u =>
        {
            var node = await u.Db.GetNodeAsync(key, text, cancellationToken);
            var version = await u.Db.Versions.AsNoTracking().FirstOrDefaultAsync(v => v.Id == versionId && v.NodeId == node.Id, cancellationToken)
                ?? throw new ContentOperationException(text["content.versionNotFound"]);
            var type = await contentTypes.GetAsync(node.ContentTypeAlias, u, cancellationToken)
                ?? throw new ContentOperationException(text.Format("content.typeNotFound", node.ContentTypeAlias));
            await SaveDraftAsync(u, node, type, ContentDocument.Parse(version.Document), user, cancellationToken, RollbackAction, version.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
            return true;
        }, cancellationToken);

    public const string RollbackAction = "Rollback";

    /// <summary>Publishes the draft's cultures (all of them when <paramref name="publishCultures"/> is null).</summary>
    public Task PublishAsync(Guid key, IReadOnlyList<string>? publishCultures, string user, UnitOfWork? uow = null, CancellationToken cancellationToken = default) =>
        PublishAsync(key, versionId: null, publishCultures, user, uow, cancellationToken);

    /// <summary>
    /// Publishes one saved version's cultures rather than the newest draft: what an editor reviewed and scheduled,
    /// whatever a writer saved since. The node's draft stays as it is, so a later draft still waits for review.
    /// </summary>
    public Task PublishAsync(Guid key, int? versionId, IReadOnlyList<string>? publishCultures, string user, UnitOfWork? uow = null, CancellationToken cancellationToken = default) =>
        RunAsync(uow, async u =>
        {
            var node = await u.Db.GetNodeAsync(key, text, cancellationToken);
            if (node.Trashed)
            {
                throw new ContentOperationException(text["content.publishTrashed"]);
            }

            var type = (await contentTypes.GetAsync(node.ContentTypeAlias, u, cancellationToken))!;
            var draftId = versionId ?? node.DraftVersionId;
            if (versionId is { } id && !await u.Db.Versions.AnyAsync(v => v.Id == id && v.NodeId == node.Id, cancellationToken))
            {
                throw new ContentOperationException(text["content.versionNotFound"]);
            }

            var draft = (await u.Db.GetDocumentAsync(draftId, cancellationToken))!;
            var publishing = (publishCultures ?? draft.Cultures.Keys.ToList()).Distinct().ToList();
            if (publishing.FirstOrDefault(c => !draft.Cultures.ContainsKey(c)) is { } missing)
            {
                throw new ContentOperationException(text.Format("content.cultureNotSaved", missing));
            }

            validator.CheckMandatory(type, draft, publishing);
            var published = await u.Db.GetDocumentAsync(node.PublishedVersionId, cancellationToken) ?? new ContentDocument();
            if (!published.Cultures.ContainsKey(site.DefaultCulture) && !publishing.Contains(site.DefaultCulture))
            {
                throw new ContentOperationException(text.Format("content.publishDefaultFirst", site.DefaultCulture));
            }

            // A new URL segment takes the old address away from the item and everything below it: remember it.
            var renamed = publishing.Where(c => published.Cultures.TryGetValue(c, out var was) && was.Segment != draft.Cultures[c].Segment).ToList();
            if (renamed.Count > 0)
            {
                await redirects.RememberAsync(u, node.Key, renamed, cancellationToken);
            }

            var composed = new ContentDocument { Values = draft.Clone().Values };
            foreach (var (culture, variant) in published.Cultures.Where(c => draft.Cultures.ContainsKey(c.Key)))
            {
                composed.Cultures[culture] = variant;
            }

            foreach (var culture in publishing)
            {
                composed.Cultures[culture] = draft.Clone().Cultures[culture];
            }

            node.PublishedVersionId = composed.ToJson() == draft.ToJson()
                ? draftId
                : await AddVersionAsync(u, node, composed, user, cancellationToken);
            node.UpdateDate = u.Now;
            u.Audit(user, "Publish", node.Key, string.Join(",", publishing), node.PublishedVersionId);
            u.Notify(new ContentPublished(node.Key, publishing));
            return true;
        }, cancellationToken);

    /// <summary>Takes cultures off the site; taking off the default culture takes off the whole item.</summary>
    public Task UnpublishAsync(Guid key, IReadOnlyList<string>? unpublishCultures, string user, UnitOfWork? uow = null, CancellationToken cancellationToken = default) =>
        RunAsync(uow, async u =>
        {
            var node = await u.Db.GetNodeAsync(key, text, cancellationToken);
            var published = await u.Db.GetDocumentAsync(node.PublishedVersionId, cancellationToken);
            if (published is null)
            {
                return false;
            }

            var removing = unpublishCultures ?? published.Cultures.Keys.ToList();
            if (removing.Contains(site.DefaultCulture))
            {
                removing = published.Cultures.Keys.ToList();
                node.PublishedVersionId = null;
            }
            else
            {
                foreach (var culture in removing)
                {
                    published.Cultures.Remove(culture);
                }

                node.PublishedVersionId = await AddVersionAsync(u, node, published, user, cancellationToken);
            }

            node.UpdateDate = u.Now;
            u.Audit(user, "Unpublish", node.Key, string.Join(",", removing));
            u.Notify(new ContentUnpublished(node.Key, removing));
            return true;
        }, cancellationToken);

    private async Task SaveDraftAsync(UnitOfWork u, NodeRecord node, ContentType type, ContentDocument draft, string user, CancellationToken cancellationToken, string action = "Save", string? detail = null)
    {
        var normalized = validator.Normalize(type, draft);
        await MakeSegmentsUniqueAsync(u, node, normalized, cancellationToken);
        node.DraftVersionId = await AddVersionAsync(u, node, normalized, user, cancellationToken);
        node.UpdateDate = u.Now;
        u.Audit(user, action, node.Key, detail, node.DraftVersionId);
        u.Notify(new ContentSaved(node.Key));
    }

    private static async Task<int> AddVersionAsync(UnitOfWork u, NodeRecord node, ContentDocument document, string user, CancellationToken cancellationToken)
    {
        var version = new VersionRecord { NodeId = node.Id, CreatedAt = u.Now, CreatedBy = user, Document = document.ToJson() };
        u.Db.Versions.Add(version);
        await u.Db.SaveChangesAsync(cancellationToken);
        return version.Id;
    }

    /// <summary>Two siblings may not share a URL: a clash gets a numeric suffix, as Umbraco does ("uutinen-1").</summary>
    private static async Task MakeSegmentsUniqueAsync(UnitOfWork u, NodeRecord node, ContentDocument document, CancellationToken cancellationToken)
    {
        SiblingSegments.Level? kept = u.Cache.TryGetValue(SiblingSegments.CacheKey, out var cache)
            ? await ((SiblingSegments)cache).LevelAsync(u.Db, node.ParentId, cancellationToken)
            : null;
        foreach (var (culture, variant) in document.Cultures)
        {
            var candidate = variant.Segment;
            for (var i = 1; kept?.IsTaken(culture, candidate, node.Id) ?? await SiblingSegments.IsTakenAsync(u.Db, node, culture, candidate, cancellationToken); i++)
            {
                candidate = $"{variant.Segment}-{i}";
            }

            variant.Segment = candidate;
        }

        kept?.Set(node.Id, document);
    }

    private async Task EnsureAllowedAsync(UnitOfWork u, ContentType type, NodeRecord? parent, CancellationToken cancellationToken)
    {
        if (parent is null)
        {
            if (!type.AllowedAtRoot)
            {
                throw new ContentOperationException(text.Format("content.notAllowedAtRoot", type.Name));
            }

            return;
        }

        var parentType = await contentTypes.GetAsync(parent.ContentTypeAlias, u, cancellationToken);
        if (parentType is null || !parentType.AllowedChildren.Contains(type.Alias))
        {
            throw new ContentOperationException(text.Format("content.childNotAllowed", type.Name, parentType?.Name ?? parent.ContentTypeAlias));
        }
    }

    internal async Task EnsureAllowedUnderAsync(UnitOfWork u, string typeAlias, NodeRecord? parent, CancellationToken cancellationToken) =>
        await EnsureAllowedAsync(u, (await contentTypes.GetAsync(typeAlias, u, cancellationToken))!, parent, cancellationToken);

    private Task<T> RunAsync<T>(UnitOfWork? uow, Func<UnitOfWork, Task<T>> work, CancellationToken cancellationToken) =>
        unitOfWork.RunAsync(uow, work, cancellationToken);
}
