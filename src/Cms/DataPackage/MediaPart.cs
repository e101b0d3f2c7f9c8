using System.Text.Json.Nodes;
using Participation.Cms.Media;
using Participation.Cms.PropertyEditors;
using Participation.Cms.Site;

namespace Participation.Cms.DataPackage;

/// <summary><c>media/media.json</c> lists the media items; their files sit beside it in <c>media/files/</c>.</summary>
internal sealed class MediaPart(MediaService media, SiteOptions site) : IDataPackagePart
{
    public int Order => 10;

    public async Task ImportAsync(DataPackageContext context, CancellationToken cancellationToken)
    {
        var index = Path.Combine(context.Directory, "media", "media.json");
        if (!File.Exists(index))
        {
            return;
        }

        var items = (await DataPackageJson.ReadAsync(index, cancellationToken)).AsArray().OfType<JsonObject>()
            .Where(i => !context.Imported.Contains(Guid.Parse((string)i["key"]!))).ToList();
        context.Expect(items.Count);
        foreach (var item in items)
        {
            await ImportItemAsync(item, index, context, cancellationToken);
            await context.ItemImportedAsync(cancellationToken);
        }
    }

    private async Task ImportItemAsync(JsonObject item, string index, DataPackageContext context, CancellationToken cancellationToken)
    {
        var parent = Guid.TryParse((string?)item["parent"], out var p) ? p : (Guid?)null;
        if ((bool?)item["folder"] == true)
        {
            await media.CreateFolderAsync((string?)item["name"] ?? "", parent, DataPackageContext.User, Guid.Parse((string)item["key"]!), context.UnitOfWork, cancellationToken);
            return;
        }

        var file = (string?)item["file"] ?? throw new InvalidDataException($"{index}: a media item has no file.");
        var bytes = await File.ReadAllBytesAsync(Path.Combine(context.Directory, "media", file), cancellationToken);
        var alt = (item["alt"] as JsonObject)?.ToDictionary(a => a.Key, a => (string?)a.Value ?? "") ?? [];
        var focal = item["focalPoint"] is JsonObject f ? new FocalPoint((double)f["left"]!, (double)f["top"]!) : null;
        await media.CreateAsync(
            new CreateMedia((string?)item["name"] ?? Path.GetFileNameWithoutExtension(file), Path.GetFileName(file), bytes)
            {
                Key = Guid.Parse((string)item["key"]!),
                ParentKey = parent,
                AltText = alt,
                FocalPoint = focal,
                FromDataPackage = true,
            },
            DataPackageContext.User,
            context.UnitOfWork,
            cancellationToken);
    }

    public async Task ExportAsync(string directory, CancellationToken cancellationToken)
    {
        var items = new JsonArray();
        var used = new HashSet<string>(StringComparer.Ordinal);
        var all = await media.ListAsync(cancellationToken);
        var keys = all.ToDictionary(m => m.Node.Id, m => m.Node.Key);

        // Folders first, parents before children, so an import can create them in file order.
        foreach (var (node, document) in all.Where(m => m.Node.ContentTypeAlias == "Folder").OrderBy(m => m.Node.Level).ThenBy(m => m.Node.Id))
        {
            items.Add(new JsonObject
            {
                ["key"] = node.Key.ToString(),
                ["folder"] = true,
                ["name"] = document.Cultures.GetValueOrDefault(site.DefaultCulture)?.Name,
                ["parent"] = node.ParentId is { } folderParent ? keys[folderParent].ToString() : null,
            });
        }

        foreach (var (node, document) in all)
        {
            if ((string?)document.Values["umbracoFile"] is not { } url)
            {
                continue;
            }

            var fileName = Path.GetFileName(url);
            if (!used.Add(fileName))
            {
                fileName = $"{node.Key:N}-{fileName}";
                used.Add(fileName);
            }

            await using (var source = await media.OpenAsync(url, cancellationToken) ?? throw new FileNotFoundException($"Media file {url} is missing."))
            {
                var target = Path.Combine(directory, "media", "files", fileName);
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                await using var output = File.Create(target);
                await source.CopyToAsync(output, cancellationToken);
            }

            var alt = new JsonObject();
            foreach (var (culture, variant) in document.Cultures.Where(c => c.Value.Values["altText"] is not null))
            {
                alt[culture] = variant.Values["altText"]!.DeepClone();
            }

            items.Add(new JsonObject
            {
                ["key"] = node.Key.ToString(),
                ["name"] = document.Cultures.GetValueOrDefault(site.DefaultCulture)?.Name,
                ["file"] = "files/" + fileName,
                ["alt"] = alt,
                ["focalPoint"] = document.Values["focalPoint"]?.DeepClone(),
            });
            if (node.ParentId is { } parentId)
            {
                items[^1]!["parent"] = keys[parentId].ToString();
            }
        }

        if (items.Count > 0)
        {
            await DataPackageJson.WriteAsync(Path.Combine(directory, "media", "media.json"), items, cancellationToken);
        }
    }
}
