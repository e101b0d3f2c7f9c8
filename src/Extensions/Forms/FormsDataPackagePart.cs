using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Participation.Cms.DataPackage;
using Participation.Extensions.Forms.Definitions;
using Participation.Extensions.Persistence;

namespace Participation.Extensions.Forms;

/// <summary>Imports and exports <c>umbraco-data/forms/&lt;alias&gt;.json</c>. Forms come before content, which picks them.</summary>
internal sealed class FormsDataPackagePart(ExtensionsDatabase database) : IDataPackagePart
{
    public int Order => 20;

    public async Task ImportAsync(DataPackageContext context, CancellationToken cancellationToken)
    {
        // Forms are few: they go in one batch (this context shares the batch's transaction), after any an
        // interrupted import already committed.
        await using var db = await database.JoinAsync(context.UnitOfWork, cancellationToken);
        var imported = (await db.Set<FormDefinitionRecord>().Select(f => f.Id).ToListAsync(cancellationToken)).ToHashSet();
        foreach (var file in DataPackageJson.Files(context.Directory, "forms"))
        {
            var form = (await DataPackageJson.ReadAsync(file, cancellationToken)).AsObject();
            if (!Guid.TryParse((string?)form["id"], out var id) || (string?)form["alias"] is not { Length: > 0 } alias)
            {
                throw new InvalidDataException($"{file}: a form needs an id (GUID) and an alias.");
            }

            // A document the engine cannot read fails the import with the file's name, not a page later.
            try
            {
                FormDefinitionJson.Read(form.ToJsonString());
            }
            catch (InvalidDataException exception)
            {
                throw new InvalidDataException($"{file}: {exception.Message}", exception);
            }

            if (imported.Contains(id))
            {
                continue;
            }

            db.Set<FormDefinitionRecord>().Add(new FormDefinitionRecord
            {
                Id = id,
                Alias = alias,
                Name = (string?)form["name"] ?? alias,
                Document = form.ToJsonString(),
                UpdateDate = context.Now.UtcDateTime,
            });
            context.UnitOfWork.Notify(new FormSaved(id));
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task ExportAsync(string directory, CancellationToken cancellationToken)
    {
        await using var db = database.CreateContext();
        foreach (var form in await db.Set<FormDefinitionRecord>().AsNoTracking().OrderBy(f => f.Alias).ToListAsync(cancellationToken))
        {
            await DataPackageJson.WriteAsync(Path.Combine(directory, "forms", form.Alias + ".json"), JsonNode.Parse(form.Document)!, cancellationToken);
        }
    }
}
