using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Participation.Cms.ContentTypes;
using Participation.Cms.Persistence;
using Participation.Cms.PropertyEditors;
using Participation.Cms.Text;

namespace Participation.Cms.DataPackage;

internal sealed class ContentTypesPart(CmsDatabase database, ContentTypeService contentTypes, PropertyEditorCollection editors, EngineText text) : IDataPackagePart
{
    public int Order => 0;

    public async Task ImportAsync(DataPackageContext context, CancellationToken cancellationToken)
    {
        var files = DataPackageJson.Files(context.Directory, "content-types").ToList();
        var imported = (await context.UnitOfWork.Db.ContentTypes.Select(t => t.Alias).ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
        context.Expect(files.Count - imported.Count);
        foreach (var file in files)
        {
            var type = ContentTypeJson.Parse((await DataPackageJson.ReadAsync(file, cancellationToken)).ToJsonString());
            if (type.Properties.FirstOrDefault(p => !editors.Contains(p.Editor)) is { } unknown)
            {
                throw new InvalidDataException(text.Format("dataPackage.unknownEditor", file, unknown.Alias, unknown.Editor));
            }

            if (!imported.Contains(type.Alias))
            {
                await contentTypes.SaveAsync(type, DataPackageContext.User, context.UnitOfWork, cancellationToken);
                await context.ItemImportedAsync(cancellationToken);
            }
        }
    }

    public async Task ExportAsync(string directory, CancellationToken cancellationToken)
    {
        await using var db = database.CreateContext();
        foreach (var record in await db.ContentTypes.AsNoTracking().OrderBy(t => t.Alias).ToListAsync(cancellationToken))
        {
            await DataPackageJson.WriteAsync(Path.Combine(directory, "content-types", record.Alias + ".json"), JsonNode.Parse(record.Document)!, cancellationToken);
        }
    }
}
