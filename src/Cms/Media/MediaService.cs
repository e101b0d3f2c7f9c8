using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Participation.Cms.Content;
using Participation.Cms.Notifications;
using Participation.Cms.Persistence;
using Participation.Cms.PropertyEditors;
using Participation.Cms.Security.Malware;
using Participation.Cms.Site;
using Participation.Cms.Text;
using SkiaSharp;

namespace Participation.Cms.Media;

/// <summary>Adds files to the media library: checks the type by content, reads image size, records a media node and stores the file once that commits.</summary>
public sealed class MediaService(
    UnitOfWorkProvider unitOfWork, CmsDatabase database, IMediaStore store, MediaOptions options, SiteOptions site, EngineText text, MalwareScanner scanner, TimeProvider clock)
{
    public async Task<Guid> CreateAsync(CreateMedia request, string user, UnitOfWork? uow = null, CancellationToken cancellationToken = default)
    {
        if (request.Content.Length == 0 || request.Content.Length > options.MaxUploadBytes)
        {
            throw new MediaUploadException(text.Format("media.sizeRange", options.MaxUploadBytes / 1024 / 1024));
        }

        // Before the transaction, so a slow scanner never holds the database's write lock.
        if (!request.FromDataPackage)
        {
            await ScanAsync(request, user, recordRefusal: uow is null, cancellationToken);
        }

        return await unitOfWork.RunAsync(uow, async u =>
        {
            var type = MediaFileType.Detect(request.Content)
                ?? throw new MediaUploadException(text["media.unknownType"]);
            int? width = null, height = null;
            if (type.IsImage)
            {
                using var codec = SKCodec.Create(new SKMemoryStream(request.Content))
                    ?? throw new MediaUploadException(text["media.brokenImage"]);
                (width, height) = (codec.Info.Width, codec.Info.Height);
                if (!options.AllowsImage(width.Value, height.Value))
                {
                    throw new MediaUploadException(text.Format("media.imageTooLarge", width, height, options.MaxImageSide, options.MaxImagePixels / 1_000_000));
                }
            }

            var fileName = $"{UrlSegment.From(Path.GetFileNameWithoutExtension(request.FileName))}.{type.Extension}";
            var folder = Guid.NewGuid().ToString("N")[..10];
            // After commit, not before: UnitOfWork has no rollback hook, so a file written earlier would outlive a
            // rolled-back create (also when the caller's unit of work, e.g. an import, fails later).
            u.OnCommitted(() => store.Place($"{folder}/{fileName}", request.Content));

            var parent = request.ParentKey is { } parentKey ? await u.Db.GetNodeAsync(parentKey, text, cancellationToken) : null;
            var node = new NodeRecord
            {
                Key = request.Key ?? Guid.NewGuid(),
                Kind = NodeKind.Media,
                ParentId = parent?.Id,
                Level = (parent?.Level ?? 0) + 1,
                ContentTypeAlias = type.IsImage ? "Image" : "File",
                CreateDate = u.Now,
                UpdateDate = u.Now,
                CreatedBy = user,
            };
            u.Db.Nodes.Add(node);
            await u.Db.SaveChangesAsync(cancellationToken);
            node.Path = $"{parent?.Path ?? "-1"},{node.Id}";

            var document = new ContentDocument
            {
                Values =
                {
                    ["umbracoFile"] = $"/media/{folder}/{fileName}",
                    ["umbracoWidth"] = width,
                    ["umbracoHeight"] = height,
                    ["umbracoBytes"] = request.Content.LongLength,
                    ["umbracoExtension"] = type.Extension,
                    ["focalPoint"] = request.FocalPoint is { } f ? new JsonObject { ["left"] = f.Left, ["top"] = f.Top } : null,
                },
            };
            document.Cultures[site.DefaultCulture] = new CultureVariant { Name = request.Name, Segment = UrlSegment.From(request.Name) };
            foreach (var (culture, alt) in request.AltText)
            {
                if (!document.Cultures.TryGetValue(culture, out var variant))
                {
                    document.Cultures[culture] = variant = new CultureVariant { Name = request.Name, Segment = UrlSegment.From(request.Name) };
                }

                variant.Values["altText"] = alt;
            }

            var version = new VersionRecord { NodeId = node.Id, CreatedAt = u.Now, CreatedBy = user, Document = document.ToJson() };
            u.Db.Versions.Add(version);
            await u.Db.SaveChangesAsync(cancellationToken);
            node.DraftVersionId = node.PublishedVersionId = version.Id;
            u.Audit(user, "MediaCreate", node.Key, fileName, version.Id);
            u.Notify(new MediaSaved(node.Key));
            return node.Key;
        }, cancellationToken);
    }

    /// <summary>A folder in the media library: a media node without a file.</summary>
    public Task<Guid> CreateFolderAsync(string name, Guid? parentKey, string user, Guid? key = null, UnitOfWork? uow = null, CancellationToken cancellationToken = default) =>
        unitOfWork.RunAsync(uow, async u =>
        {
            if (string.IsNullOrWhiteSpace(name))
            {
                throw new MediaUploadException(text["media.enterFolderName"]);
            }

            var parent = parentKey is { } p ? await u.Db.GetNodeAsync(p, text, cancellationToken) : null;
            if (parent is not null && parent.ContentTypeAlias != "Folder")
            {
                throw new MediaUploadException(text["media.folderOnlyInFolder"]);
            }

            var node = new NodeRecord
            {
                Key = key ?? Guid.NewGuid(),
                Kind = NodeKind.Media,
                ParentId = parent?.Id,
                Level = (parent?.Level ?? 0) + 1,
                ContentTypeAlias = "Folder",
                CreateDate = u.Now,
                UpdateDate = u.Now,
                CreatedBy = user,
            };
            u.Db.Nodes.Add(node);
            await u.Db.SaveChangesAsync(cancellationToken);
            node.Path = $"{parent?.Path ?? "-1"},{node.Id}";
            var document = new ContentDocument();
            document.Cultures[site.DefaultCulture] = new CultureVariant { Name = name.Trim(), Segment = UrlSegment.From(name) };
            var version = new VersionRecord { NodeId = node.Id, CreatedAt = u.Now, CreatedBy = user, Document = document.ToJson() };
            u.Db.Versions.Add(version);
            await u.Db.SaveChangesAsync(cancellationToken);
            node.DraftVersionId = node.PublishedVersionId = version.Id;
            u.Audit(user, "MediaFolderCreate", node.Key, name);
            u.Notify(new MediaSaved(node.Key));
            return node.Key;
        }, cancellationToken);

    /// <summary>Renames an item and sets its alternative texts and focal point; the file itself stays.</summary>
    public Task UpdateAsync(Guid key, string name, IReadOnlyDictionary<string, string> altText, FocalPoint focalPoint, string user, UnitOfWork? uow = null, CancellationToken cancellationToken = default) =>
        unitOfWork.RunAsync(uow, async u =>
        {
            var node = await u.Db.GetNodeAsync(key, text, cancellationToken);
            if (node.Kind != NodeKind.Media || string.IsNullOrWhiteSpace(name) || focalPoint.Left is < 0 or > 1 || focalPoint.Top is < 0 or > 1)
            {
                throw new MediaUploadException(text["media.nameAndFocalPoint"]);
            }

            var document = (await u.Db.GetDocumentAsync(node.DraftVersionId, cancellationToken))!;
            document.Values["focalPoint"] = new JsonObject { ["left"] = focalPoint.Left, ["top"] = focalPoint.Top };
            document.Cultures.Clear();
            document.Cultures[site.DefaultCulture] = new CultureVariant { Name = name.Trim(), Segment = UrlSegment.From(name) };
            foreach (var (culture, alt) in altText.Where(a => !string.IsNullOrWhiteSpace(a.Value)))
            {
                if (!document.Cultures.TryGetValue(culture, out var variant))
                {
                    document.Cultures[culture] = variant = new CultureVariant { Name = name.Trim(), Segment = UrlSegment.From(name) };
                }

                variant.Values["altText"] = alt.Trim();
            }

            var version = new VersionRecord { NodeId = node.Id, CreatedAt = u.Now, CreatedBy = user, Document = document.ToJson() };
            u.Db.Versions.Add(version);
            await u.Db.SaveChangesAsync(cancellationToken);
            node.DraftVersionId = node.PublishedVersionId = version.Id;
            node.UpdateDate = u.Now;
            u.Audit(user, "MediaSave", key, null, version.Id);
            u.Notify(new MediaSaved(key));
            return true;
        }, cancellationToken);

    /// <summary>Reads a media file back by its stored path, for export.</summary>
    public Task<Stream?> OpenAsync(string url, CancellationToken cancellationToken) =>
        store.OpenAsync(url.StartsWith("/media/", StringComparison.Ordinal) ? url["/media/".Length..] : url, cancellationToken);

    /// <summary>
    /// Refuses a file clamd finds malware in, or any file while clamd cannot be asked (unless it fails open). A refusal
    /// goes to the backoffice audit log too, with who tried; inside a caller's unit of work (an import) that row would
    /// roll back with it, so there the scanner's log line is the record.
    /// </summary>
    private async Task ScanAsync(CreateMedia request, string user, bool recordRefusal, CancellationToken cancellationToken)
    {
        var scan = await scanner.ScanAsync(request.Content, $"media upload by {user}", cancellationToken);
        if (scan.Verdict == MalwareVerdict.Clean)
        {
            return;
        }

        if (recordRefusal && scan.Verdict == MalwareVerdict.Found)
        {
            await using var db = database.CreateContext();
            db.Audit.Add(new AuditRecord { At = clock.GetUtcNow().UtcDateTime, User = user, Action = "MediaMalwareRefused", Detail = scan.Signature });
            await db.SaveChangesAsync(cancellationToken);
        }

        throw new MediaUploadException(scan.Verdict == MalwareVerdict.Found ? text.Format("malware.found", scan.Signature) : text["malware.unavailable"]);
    }

    public async Task<List<(NodeRecord Node, ContentDocument Document)>> ListAsync(CancellationToken cancellationToken)
    {
        await using var db = database.CreateContext();
        var rows = await db.Nodes.AsNoTracking().Where(n => n.Kind == NodeKind.Media)
            .Join(db.Versions.AsNoTracking(), n => n.DraftVersionId, v => v.Id, (n, v) => new { n, v.Document })
            .OrderBy(r => r.n.Id)
            .ToListAsync(cancellationToken);
        return rows.Select(r => (r.n, ContentDocument.Parse(r.Document))).ToList();
    }
}
