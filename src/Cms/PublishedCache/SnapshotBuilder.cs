using System.Text.Json.Nodes;
using Participation.Cms.ContentTypes;
using Participation.Cms.Cultures;
using Participation.Cms.Persistence;
using Participation.Cms.PropertyEditors;

namespace Participation.Cms.PublishedCache;

/// <summary>Builds the immutable object graph from raw published nodes: converts values, links children, computes routes.</summary>
internal sealed class SnapshotBuilder(PropertyEditorCollection editors, CultureOptions cultures)
{
    public PublishedSnapshot Build(IReadOnlyCollection<SnapshotNode> nodes, IReadOnlyDictionary<string, ContentType> types, long generation)
    {
        var context = new ModelContext(types, editors);
        var content = new List<PublishedContent>();
        var media = new Dictionary<Guid, PublishedMedia>();
        foreach (var node in nodes)
        {
            if (node.Kind == NodeKind.Media)
            {
                if (MediaFrom(node) is { } m)
                {
                    media[m.Key] = m;
                }
            }
            else if (types.TryGetValue(node.ContentTypeAlias, out var type))
            {
                content.Add(Convert(node, type, context));
            }
        }

        var byId = content.ToDictionary(c => c.Id);
        var childrenOf = content.Where(c => c.ParentId is { } p && byId.ContainsKey(p))
            .GroupBy(c => c.ParentId!.Value)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<PublishedContent>)g.OrderBy(c => c.SortOrder).ThenBy(c => c.Id).ToList());
        var roots = content.Where(c => c.ParentId is null).OrderBy(c => c.SortOrder).ThenBy(c => c.Id).ToList();
        var routes = cultures.Supported.ToDictionary(c => c, _ => new Dictionary<string, PublishedContent>(StringComparer.OrdinalIgnoreCase));
        foreach (var item in content)
        {
            item.SetChildren(childrenOf.GetValueOrDefault(item.Id, []));
        }

        // Only the first root is the site; its segment is hidden from paths, as with Umbraco's HideTopLevelNodeFromPath.
        if (roots.Count > 0)
        {
            AssignRoutes(roots[0], null, routes);
        }

        var snapshot = new PublishedSnapshot(content, roots, media, routes, generation);
        foreach (var item in content)
        {
            item.Snapshot = snapshot;
        }

        return snapshot;
    }

    private void AssignRoutes(PublishedContent item, PublishedContent? parent, Dictionary<string, Dictionary<string, PublishedContent>> routes)
    {
        foreach (var (culture, variant) in item.Cultures)
        {
            var parentRoute = parent?.Cultures.GetValueOrDefault(culture)?.Route;
            if (parent is not null && parentRoute is null)
            {
                continue; // an ancestor is not published in this culture
            }

            var route = parent is null ? "/" : $"{parentRoute}{variant.Segment}/";
            if (routes.TryGetValue(culture, out var table) && table.TryAdd(route, item))
            {
                variant.Route = route;
                variant.Url = cultures.UrlPrefix(culture) + route;
            }
        }

        foreach (var child in item.Children)
        {
            AssignRoutes(child, item, routes);
        }
    }

    private PublishedContent Convert(SnapshotNode node, ContentType type, ModelContext context)
    {
        var shared = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var property in type.Properties.Where(p => !type.PropertyVaries(p)))
        {
            shared[property.Alias] = ToModel(property, node.Document.Values[property.Alias], context);
        }

        var published = new Dictionary<string, PublishedCulture>(StringComparer.Ordinal);
        foreach (var (culture, variant) in node.Document.Cultures)
        {
            var values = type.Properties.Where(type.PropertyVaries)
                .ToDictionary(p => p.Alias, p => ToModel(p, variant.Values[p.Alias], context), StringComparer.Ordinal);
            published[culture] = new PublishedCulture(culture, variant.Name, variant.Segment, values);
        }

        return new PublishedContent(node, type, published, shared);
    }

    private object? ToModel(PropertyType property, JsonNode? stored, ModelContext context) =>
        stored is null || !editors.Contains(property.Editor) ? null : editors.Get(property.Editor).ToModel(stored, property, context);

    private static PublishedMedia? MediaFrom(SnapshotNode node)
    {
        var values = node.Document.Values;
        if ((string?)values["umbracoFile"] is not { } url)
        {
            return null; // a folder
        }

        var alt = node.Document.Cultures
            .Where(c => c.Value.Values["altText"] is not null)
            .ToDictionary(c => c.Key, c => (string)c.Value.Values["altText"]!);
        var focal = values["focalPoint"] is JsonObject f ? new FocalPoint((double)f["left"]!, (double)f["top"]!) : null;
        return new PublishedMedia(node.Key, node.Document.Cultures.Values.FirstOrDefault()?.Name ?? "", url,
            (int?)values["umbracoWidth"], (int?)values["umbracoHeight"], (long?)values["umbracoBytes"], (string?)values["umbracoExtension"] ?? "", alt)
        {
            FocalPoint = focal,
        };
    }
}
