using System.Collections.Immutable;
using System.Text.Json.Nodes;
using Participation.Cms.Content;
using Participation.Cms.ContentTypes;
using Participation.Cms.Persistence;
using Participation.Cms.PropertyEditors;
using Participation.Cms.Site;

namespace Participation.Cms.PublishedCache;

/// <summary>
/// Makes the next snapshot from the current one and a set of changed nodes: converts only the changed items, re-routes
/// only the subtrees whose routes moved, and rebuilds only the children and type lists that hold a changed item.
/// Everything else is shared with the previous snapshot. A full load is the same edit applied to the empty snapshot;
/// a preview is the same edit (one draft) that is never swapped in.
/// </summary>
internal sealed class SnapshotEditor(PublishedSnapshot source, IReadOnlyDictionary<string, ContentType> types, PropertyEditorCollection editors, SiteOptions site)
{
    private readonly Dictionary<Guid, SnapshotNode?> changes = [];

    private PublishedSnapshot Source => source;

    private IReadOnlyDictionary<string, ContentType> Types => types;

    private PropertyEditorCollection Editors => editors;

    private SiteOptions Site => site;

    /// <summary>The node's published state as it is now; replaces what the snapshot held for it.</summary>
    public void Upsert(SnapshotNode node) => changes[node.Key] = node;

    /// <summary>The node is no longer published (or no longer exists).</summary>
    public void Remove(Guid key) => changes.TryAdd(key, null);

    public PublishedSnapshot Build(long generation) => new Edit(this).Run(generation);

    private sealed class Edit(SnapshotEditor editor)
    {
        private readonly PublishedSnapshot source = editor.Source;
        private readonly ImmutableDictionary<Guid, PublishedContent>.Builder byKey = editor.Source.ByKey.ToBuilder();
        private readonly ImmutableDictionary<int, PublishedContent>.Builder byId = editor.Source.ById.ToBuilder();
        private readonly ImmutableDictionary<Guid, PublishedMedia>.Builder media = editor.Source.MediaByKey.ToBuilder();
        private readonly ImmutableDictionary<Guid, MediaNode>.Builder mediaNodes = editor.Source.MediaNodes.ToBuilder();
        private readonly ImmutableDictionary<int, Guid>.Builder mediaKeys = editor.Source.MediaKeysById.ToBuilder();
        private readonly HashSet<int> dirtyMediaParents = [];
        private readonly HashSet<int> removedMedia = [];
        private readonly List<MediaNode> arrivingMedia = [];
        private readonly Dictionary<string, ImmutableDictionary<string, int>.Builder> routes = [];
        private readonly Dictionary<int, PublishedContent> fresh = [];
        private readonly Dictionary<int, PublishedContent> final = [];
        private readonly HashSet<int> removed = [];
        private readonly HashSet<int> dirtyParents = [];
        private readonly HashSet<string> dirtyTypes = new(StringComparer.Ordinal);
        private readonly Dictionary<int, PublishedContent[]> newChildren = [];
        private readonly ModelContext modelContext = new(editor.Types, editor.Editors);

        public PublishedSnapshot Run(long generation)
        {
            var converted = ConvertInParallel();
            foreach (var (key, node) in editor.changes)
            {
                Replace(key, node, converted?.GetValueOrDefault(key));
            }

            ComputeChildren();
            foreach (var item in fresh.Values.OrderBy(f => f.Level))
            {
                if (!final.ContainsKey(item.Id))
                {
                    Route(item);
                }
            }

            foreach (var id in removed.Where(id => !fresh.ContainsKey(id)))
            {
                // Descendants of an item that left the site lose their routes (they stay, unreachable, until they change).
                foreach (var child in ChildIdsOf(id).Where(c => !final.ContainsKey(c)))
                {
                    Route(byId[child]);
                }
            }

            return new PublishedSnapshot(byKey.ToImmutable(), byId.ToImmutable(), BuildRoutes(), BuildChildren(), BuildTypes(), media.ToImmutable(), generation)
            {
                MediaNodes = mediaNodes.ToImmutable(),
                MediaKeysById = mediaKeys.ToImmutable(),
                MediaChildrenOf = BuildMediaChildren(),
            };
        }

        /// <summary>
        /// A big edit (a start's full load: 10 000 items take most of a second on one core) parses and converts its
        /// items on every core first; the edit itself stays on one thread. Parsing and the editors' conversions share
        /// nothing mutable: requests already run them side by side for previews. Small edits (a publish) stay serial.
        /// </summary>
        private Dictionary<Guid, PublishedContent>? ConvertInParallel()
        {
            if (editor.changes.Count < ParallelFrom || Environment.ProcessorCount < 2)
            {
                return null;
            }

            var nodes = editor.changes.Values
                .Where(n => n is { Kind: not NodeKind.Media } && editor.Types.TryGetValue(n.ContentTypeAlias, out var type) && !type.IsElement)
                .ToArray();
            var items = new PublishedContent[nodes.Length];
            Parallel.For(0, nodes.Length, i => items[i] = Convert(nodes[i]!, nodes[i]!.ReadDocument(), editor.Types[nodes[i]!.ContentTypeAlias]));
            return items.ToDictionary(item => item.Key);
        }

        private const int ParallelFrom = 1_000;

        private void Replace(Guid key, SnapshotNode? node, PublishedContent? converted)
        {
            if (node?.Kind == NodeKind.Media || (node is null && mediaNodes.ContainsKey(key)))
            {
                media.Remove(key);
                if (mediaNodes.TryGetValue(key, out var gone))
                {
                    mediaNodes.Remove(key);
                    mediaKeys.Remove(gone.Id);
                    removedMedia.Add(gone.Id);
                    dirtyMediaParents.Add(gone.ParentId ?? PublishedSnapshot.RootParent);
                }

                if (node is not null)
                {
                    var document = node.ReadDocument();
                    var file = MediaFrom(node, document);
                    if (file is not null)
                    {
                        media[key] = file;
                    }

                    var item = new MediaNode(node.Key, node.Id, node.ParentId, document.Cultures.Values.FirstOrDefault()?.Name ?? "", node.ContentTypeAlias,
                        node.SortOrder, node.CreateDate, node.UpdateDate, file);
                    mediaNodes[key] = item;
                    mediaKeys[item.Id] = key;
                    arrivingMedia.Add(item);
                    dirtyMediaParents.Add(item.ParentId ?? PublishedSnapshot.RootParent);
                }

                return;
            }

            if (byKey.TryGetValue(key, out var old))
            {
                byKey.Remove(key);
                byId.Remove(old.Id);
                removed.Add(old.Id);
                dirtyParents.Add(old.ParentId ?? PublishedSnapshot.RootParent);
                dirtyTypes.Add(old.ContentTypeAlias);
                ForgetRoutes(old);
            }

            if (node is not null && editor.Types.TryGetValue(node.ContentTypeAlias, out var type) && !type.IsElement)
            {
                var item = converted ?? Convert(node, node.ReadDocument(), type);
                fresh[item.Id] = item; // enters byKey and byId once routed
                dirtyParents.Add(item.ParentId ?? PublishedSnapshot.RootParent);
                dirtyTypes.Add(item.ContentTypeAlias);
            }
        }

        /// <summary>
        /// The children of every parent that gained or lost a child, in sort order. The items may still be routed anew: read
        /// them through <see cref="Current"/>.
        /// </summary>
        private void ComputeChildren()
        {
            var arriving = fresh.Values.OrderBy(c => c, SortOrder).ToLookup(f => f.ParentId ?? PublishedSnapshot.RootParent);
            foreach (var parent in dirtyParents)
            {
                newChildren[parent] = Merge(source.ChildrenOf.GetValueOrDefault(parent, []).Where(c => !removed.Contains(c.Id)), arriving[parent], SortOrder);
            }
        }

        private IEnumerable<int> ChildIdsOf(int parent) =>
            (newChildren.TryGetValue(parent, out var children) ? children : source.ChildrenOf.GetValueOrDefault(parent, [])).Select(c => c.Id);

        // An item not routed in this edit is the source's own instance (byId starts as the source's and changes only by
        // routing or removal), so only the few routed ones need looking up.
        private PublishedContent Current(PublishedContent item) => final.GetValueOrDefault(item.Id) ?? item;

        /// <summary>Gives an item its routes under its parent's, and carries on into its children when its own routes moved.</summary>
        private void Route(PublishedContent item)
        {
            var parent = item.ParentId is { } parentId ? final.GetValueOrDefault(parentId) ?? byId.GetValueOrDefault(parentId) : null;

            // Only the first root is the site; its segment is hidden from paths, as with Umbraco's HideTopLevelNodeFromPath.
            var isSite = item.ParentId is null && ChildIdsOf(PublishedSnapshot.RootParent).FirstOrDefault() == item.Id;
            var cultures = new Dictionary<string, PublishedCulture>(StringComparer.Ordinal);
            ForgetRoutes(item);
            foreach (var (culture, variant) in item.Cultures)
            {
                var parentRoute = parent?.Cultures.GetValueOrDefault(culture)?.Route;
                string? route = isSite ? "/" : parentRoute is null ? null : $"{parentRoute}{variant.Segment}/";
                if (route is not null && !Claim(culture, route, item.Id))
                {
                    route = null; // a sibling already holds this address
                }

                cultures[culture] = variant.At(route, route is null ? null : editor.Site.UrlPrefix(culture) + route);
            }

            var routed = item.WithCultures(cultures);
            final[item.Id] = routed;
            byId[item.Id] = routed;
            byKey[item.Key] = routed;
            var before = source.GetById(item.Id);
            if (before is null || !before.SameRoutes(routed) || before.ParentId != routed.ParentId)
            {
                foreach (var child in ChildIdsOf(item.Id).Where(c => !final.ContainsKey(c)))
                {
                    Route(fresh.GetValueOrDefault(child) ?? byId[child]);
                }
            }
        }

        private bool Claim(string culture, string route, int id)
        {
            if (!editor.Site.Cultures.Contains(culture))
            {
                return false;
            }

            var table = Table(culture);
            if (table.TryGetValue(route, out var holder) && holder != id && byId.ContainsKey(holder))
            {
                return false;
            }

            table[route] = id;
            return true;
        }

        private void ForgetRoutes(PublishedContent item)
        {
            foreach (var (culture, variant) in item.Cultures)
            {
                if (variant.Route is { } route && editor.Site.Cultures.Contains(culture) && Table(culture).TryGetValue(route, out var holder) && holder == item.Id)
                {
                    Table(culture).Remove(route);
                }
            }
        }

        private ImmutableDictionary<string, int>.Builder Table(string culture)
        {
            if (!routes.TryGetValue(culture, out var table))
            {
                table = (source.Routes.GetValueOrDefault(culture) ?? ImmutableDictionary<string, int>.Empty.WithComparers(StringComparer.OrdinalIgnoreCase)).ToBuilder();
                routes[culture] = table;
            }

            return table;
        }

        private ImmutableDictionary<string, ImmutableDictionary<string, int>> BuildRoutes()
        {
            var all = source.Routes.ToBuilder();
            foreach (var (culture, table) in routes)
            {
                all[culture] = table.ToImmutable();
            }

            return all.ToImmutable();
        }

        private ImmutableDictionary<int, PublishedContent[]> BuildChildren()
        {
            var children = source.ChildrenOf.ToBuilder();
            var parents = dirtyParents.Concat(final.Values.Select(f => f.ParentId ?? PublishedSnapshot.RootParent)).ToHashSet();
            foreach (var parent in parents)
            {
                var list = (newChildren.TryGetValue(parent, out var kept) ? kept : source.ChildrenOf.GetValueOrDefault(parent, [])).Select(Current).ToArray();
                if (list.Length == 0)
                {
                    children.Remove(parent);
                }
                else
                {
                    children[parent] = list;
                }
            }

            return children.ToImmutable();
        }

        /// <summary>The media folders (and the root) that gained or lost an item, their items in sort order.</summary>
        private ImmutableDictionary<int, MediaNode[]> BuildMediaChildren()
        {
            var children = source.MediaChildrenOf.ToBuilder();
            var arriving = arrivingMedia.ToLookup(m => m.ParentId ?? PublishedSnapshot.RootParent);
            foreach (var parent in dirtyMediaParents)
            {
                var list = source.MediaChildrenOf.GetValueOrDefault(parent, [])
                    .Where(m => !removedMedia.Contains(m.Id))
                    .Concat(arriving[parent])
                    .OrderBy(m => m.SortOrder).ThenBy(m => m.Id)
                    .ToArray();
                if (list.Length == 0)
                {
                    children.Remove(parent);
                }
                else
                {
                    children[parent] = list;
                }
            }

            return children.ToImmutable();
        }

        private ImmutableDictionary<string, PublishedContent[]> BuildTypes()
        {
            var byType = source.ByType.ToBuilder();
            var arriving = final.Values.OrderBy(c => c.Id).ToLookup(f => f.ContentTypeAlias, StringComparer.Ordinal);
            foreach (var alias in dirtyTypes.Concat(final.Values.Select(f => f.ContentTypeAlias)).ToHashSet())
            {
                var list = Merge(source.OfType(alias).Where(c => !removed.Contains(c.Id) && !final.ContainsKey(c.Id)), arriving[alias], ById);
                if (list.Length == 0)
                {
                    byType.Remove(alias);
                }
                else
                {
                    byType[alias] = list;
                }
            }

            return byType.ToImmutable();
        }

        private static readonly Comparer<PublishedContent> SortOrder = Comparer<PublishedContent>.Create((a, b) =>
            a.SortOrder != b.SortOrder ? a.SortOrder.CompareTo(b.SortOrder) : a.Id.CompareTo(b.Id));

        private static readonly Comparer<PublishedContent> ById = Comparer<PublishedContent>.Create((a, b) => a.Id.CompareTo(b.Id));

        /// <summary>
        /// Two lists already in <paramref name="order"/> as one: a publish under a list of thousands merges its one item in
        /// instead of sorting the thousands again.
        /// </summary>
        private static PublishedContent[] Merge(IEnumerable<PublishedContent> kept, IEnumerable<PublishedContent> arriving, Comparer<PublishedContent> order)
        {
            var result = new List<PublishedContent>();
            using var next = arriving.GetEnumerator();
            var pending = next.MoveNext();
            foreach (var item in kept)
            {
                for (; pending && order.Compare(next.Current, item) < 0; pending = next.MoveNext())
                {
                    result.Add(next.Current);
                }

                result.Add(item);
            }

            for (; pending; pending = next.MoveNext())
            {
                result.Add(next.Current);
            }

            return [.. result];
        }

        private PublishedContent Convert(SnapshotNode node, ContentDocument document, ContentType type)
        {
            var context = modelContext;
            var shared = new Dictionary<string, object?>(StringComparer.Ordinal);
            foreach (var property in type.Properties.Where(p => !type.PropertyVaries(p)))
            {
                shared[property.Alias] = ToModel(property, document.Values[property.Alias], context);
            }

            var published = new Dictionary<string, PublishedCulture>(StringComparer.Ordinal);
            foreach (var (culture, variant) in document.Cultures)
            {
                var values = type.Properties.Where(type.PropertyVaries)
                    .ToDictionary(p => p.Alias, p => ToModel(p, variant.Values[p.Alias], context), StringComparer.Ordinal);
                published[culture] = new PublishedCulture(culture, variant.Name, variant.Segment, values);
            }

            return new PublishedContent(node, type, published, shared);
        }

        private object? ToModel(PropertyType property, JsonNode? stored, ModelContext context) =>
            stored is null || !editor.Editors.Contains(property.Editor) ? null : editor.Editors.Get(property.Editor).ToModel(stored, property, context);

        private PublishedMedia? MediaFrom(SnapshotNode node, ContentDocument document)
        {
            var values = document.Values;
            if ((string?)values["umbracoFile"] is not { } url)
            {
                return null; // a folder
            }

            var alt = document.Cultures
                .Where(c => c.Value.Values["altText"] is not null)
                .ToDictionary(c => c.Key, c => (string)c.Value.Values["altText"]!);
            var focal = values["focalPoint"] is JsonObject f ? new FocalPoint((double)f["left"]!, (double)f["top"]!) : null;
            return new PublishedMedia(node.Key, document.Cultures.Values.FirstOrDefault()?.Name ?? "", url,
                (int?)values["umbracoWidth"], (int?)values["umbracoHeight"], (long?)values["umbracoBytes"], (string?)values["umbracoExtension"] ?? "", alt)
            {
                FocalPoint = focal,
                DefaultAlt = alt.GetValueOrDefault(editor.Site.DefaultCulture) ?? "",
            };
        }
    }
}
