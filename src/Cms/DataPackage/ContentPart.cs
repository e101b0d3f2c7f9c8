using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Participation.Cms.Content;
using Participation.Cms.ContentTypes;
using Participation.Cms.Persistence;
using Participation.Cms.PropertyEditors;
using Participation.Cms.Site;

namespace Participation.Cms.DataPackage;

/// <summary>
/// The content tree. Each file holds one node with its descendants nested; export writes the root alone and
/// one file per section below it, so editors' diffs stay small.
/// </summary>
internal sealed class ContentPart(CmsDatabase database, ContentService content, ContentTypeService contentTypes, PropertyEditorCollection editors, SiteOptions site) : IDataPackagePart
{
    public int Order => 30;

    public async Task ImportAsync(DataPackageContext context, CancellationToken cancellationToken)
    {
        var all = new List<(JsonObject Node, Guid? Parent, string File)>();
        foreach (var file in DataPackageJson.Files(context.Directory, "content"))
        {
            var root = (await DataPackageJson.ReadAsync(file, cancellationToken)).AsObject();
            Flatten(root, Guid.TryParse((string?)root["parent"], out var p) ? p : null, file, all);
        }

        var ordered = ParentsFirst(all);
        context.Expect(ordered.Count(n => !context.Imported.Contains(n.Key)));
        foreach (var item in ordered.Where(n => !context.Imported.Contains(n.Key)))
        {
            try
            {
                await ImportNodeAsync(item.Node, item.Parent, context, cancellationToken);
            }
            catch (Exception ex) when (ex is ContentValidationException or ContentOperationException or InvalidDataException or FormatException)
            {
                throw new InvalidDataException($"{Path.GetFileName(item.File)}: node {item.Node["key"]}: {ex.Message}", ex);
            }

            await context.ItemImportedAsync(cancellationToken);
        }
    }

    /// <summary>
    /// The nodes in an order that creates every parent before its children, checked before anything is written: a node
    /// without a type, or naming a parent no file defines, stops the import with the database as it was.
    /// </summary>
    private static List<(JsonObject Node, Guid? Parent, string File, Guid Key)> ParentsFirst(List<(JsonObject Node, Guid? Parent, string File)> all)
    {
        var keys = all.Select(n => Guid.Parse((string)n.Node["key"]!)).ToHashSet();
        if (all.FirstOrDefault(n => n.Node["contentType"] is null) is { Node: not null } untyped)
        {
            throw new InvalidDataException($"{Path.GetFileName(untyped.File)}: node {untyped.Node["key"]} has no contentType.");
        }

        var children = all.ToLookup(n => n.Parent);
        var ordered = new List<(JsonObject, Guid?, string, Guid)>(all.Count);
        var queue = new Queue<(JsonObject Node, Guid? Parent, string File)>(all.Where(n => n.Parent is null));
        while (queue.TryDequeue(out var item))
        {
            var key = Guid.Parse((string)item.Node["key"]!);
            ordered.Add((item.Node, item.Parent, item.File, key));
            foreach (var child in children[key])
            {
                queue.Enqueue(child);
            }
        }

        if (ordered.Count < all.Count)
        {
            var orphan = all.First(n => n.Parent is { } parent && !keys.Contains(parent));
            throw new InvalidDataException($"{orphan.File}: node {orphan.Node["key"]} names parent {orphan.Parent}, which no file defines.");
        }

        return ordered;
    }

    private async Task ImportNodeAsync(JsonObject node, Guid? parent, DataPackageContext context, CancellationToken cancellationToken)
    {
        var alias = (string?)node["contentType"] ?? throw new InvalidDataException($"Node {node["key"]} has no contentType.");
        var type = await contentTypes.GetAsync(alias, context.UnitOfWork, cancellationToken)
            ?? throw new InvalidDataException($"Node {node["key"]} has unknown contentType '{alias}'.");
        var draft = ContentNodeJson.ToDocument(node, out var publishedCultures);
        var publishedVersion = node["publishedVersion"] as JsonObject;
        var first = publishedVersion is null ? draft : ContentNodeJson.ToDocument(publishedVersion, out _);
        ResolveRelativeDates(type, first, context.Now);
        var key = await content.CreateAsync(
            new CreateContent(alias, parent, first)
            {
                Key = Guid.Parse((string)node["key"]!),
                SortOrder = (int?)node["sortOrder"],
                CreateDate = DateTime.TryParse((string?)node["createDate"], CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var created) ? created : null,
            },
            DataPackageContext.User,
            context.UnitOfWork,
            cancellationToken);

        if (publishedVersion is not null)
        {
            await content.PublishAsync(key, null, DataPackageContext.User, context.UnitOfWork, cancellationToken);
            ResolveRelativeDates(type, draft, context.Now);
            await content.SaveAsync(key, draft, DataPackageContext.User, context.UnitOfWork, cancellationToken);
        }
        else if (publishedCultures.Count > 0)
        {
            await content.PublishAsync(key, publishedCultures.ToList(), DataPackageContext.User, context.UnitOfWork, cancellationToken);
        }
    }

    public async Task ExportAsync(string directory, CancellationToken cancellationToken)
    {
        await using var db = database.CreateContext();
        var nodes = await db.Nodes.AsNoTracking().Where(n => n.Kind == NodeKind.Content && !n.Trashed).ToListAsync(cancellationToken);
        var versionIds = nodes.SelectMany(n => new[] { n.DraftVersionId, n.PublishedVersionId }).OfType<int>().ToHashSet();
        var documents = await db.Versions.AsNoTracking().Where(v => versionIds.Contains(v.Id)).ToDictionaryAsync(v => v.Id, v => v.Document, cancellationToken);
        var children = nodes.ToLookup(n => n.ParentId);
        var counter = 0;
        foreach (var root in children[null].OrderBy(n => n.SortOrder).ThenBy(n => n.Id))
        {
            var rootJson = NodeJson(root, documents, children, nested: false);
            await DataPackageJson.WriteAsync(Path.Combine(directory, "content", FileName(counter++, rootJson)), rootJson, cancellationToken);
            foreach (var section in children[root.Id].OrderBy(n => n.SortOrder).ThenBy(n => n.Id))
            {
                var json = NodeJson(section, documents, children, nested: true);
                json.Insert(1, "parent", root.Key.ToString());
                await DataPackageJson.WriteAsync(Path.Combine(directory, "content", FileName(counter++, json)), json, cancellationToken);
            }
        }
    }

    private JsonObject NodeJson(NodeRecord node, Dictionary<int, string> documents, ILookup<int?, NodeRecord> children, bool nested)
    {
        var draft = ContentDocument.Parse(documents[node.DraftVersionId!.Value]);
        var published = node.PublishedVersionId is { } p ? ContentDocument.Parse(documents[p]) : null;
        var json = new JsonObject
        {
            ["key"] = node.Key.ToString(),
            ["contentType"] = node.ContentTypeAlias,
            ["sortOrder"] = node.SortOrder,
            ["createDate"] = node.CreateDate.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", CultureInfo.InvariantCulture),
        };
        var publishedCultures = published?.Cultures.Keys.ToHashSet() ?? [];
        ContentNodeJson.WriteDocument(json, draft, publishedCultures, site.DefaultCulture);
        if (published is not null && !SameAsDraft(published, draft))
        {
            var version = new JsonObject();
            ContentNodeJson.WriteDocument(version, published, null, site.DefaultCulture);
            json["publishedVersion"] = version;
        }

        json["children"] = nested
            ? new JsonArray(children[node.Id].OrderBy(n => n.SortOrder).ThenBy(n => n.Id).Select(c => (JsonNode)NodeJson(c, documents, children, true)).ToArray())
            : new JsonArray();
        return json;
    }

    /// <summary>True when the published version is just the draft's published cultures, so no separate copy is needed.</summary>
    private static bool SameAsDraft(ContentDocument published, ContentDocument draft)
    {
        var expected = new ContentDocument { Values = draft.Clone().Values };
        foreach (var culture in published.Cultures.Keys.Where(draft.Cultures.ContainsKey))
        {
            expected.Cultures[culture] = draft.Clone().Cultures[culture];
        }

        return expected.Cultures.Count == published.Cultures.Count && expected.ToJson() == published.ToJson();
    }

    private string FileName(int index, JsonObject node)
    {
        var segment = (string?)node["cultures"]?[site.DefaultCulture]?["segment"] ?? (string?)node["contentType"] ?? "node";
        return $"{index:000}-{(index == 0 ? (string?)node["contentType"] : segment)}.json";
    }

    private static void Flatten(JsonObject node, Guid? parent, string file, List<(JsonObject, Guid?, string)> into)
    {
        into.Add((node, parent, file));
        var key = Guid.TryParse((string?)node["key"], out var k) ? k : throw new InvalidDataException($"{file}: a node has no valid key.");
        foreach (var child in (node["children"] as JsonArray ?? []).OfType<JsonObject>())
        {
            Flatten(child, key, file, into);
        }
    }

    /// <summary>Lets each editor resolve what a data file may hold in place of a value (e.g. dates relative to the import).</summary>
    private void ResolveRelativeDates(ContentType type, ContentDocument document, DateTimeOffset now)
    {
        foreach (var property in type.Properties.Where(p => editors.Contains(p.Editor)))
        {
            var editor = editors.Get(property.Editor);
            var bags = type.PropertyVaries(property) ? document.Cultures.Values.Select(c => c.Values) : [document.Values];
            foreach (var bag in bags)
            {
                if (bag[property.Alias] is { } value && editor.FromDataPackage(value, property, now) is var resolved && !ReferenceEquals(resolved, value))
                {
                    bag[property.Alias] = resolved;
                }
            }
        }
    }
}
