using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Participation.Cms.Persistence;

namespace Participation.Cms.DataPackage;

/// <summary>Imports <c>umbraco-data/</c> into an empty database (once, even with several nodes starting together) and exports it back.</summary>
public sealed class DataPackageService(
    IEnumerable<IDataPackagePart> parts,
    UnitOfWorkProvider unitOfWork,
    CmsDatabase database,
    TimeProvider clock,
    ILogger<DataPackageService> logger)
{
    /// <summary>Imports when the database holds no content yet. Returns false when another node already did.</summary>
    public async Task<bool> ImportIfEmptyAsync(string directory, CancellationToken cancellationToken = default)
    {
        await using var uow = await unitOfWork.BeginAsync(cancellationToken);
        await database.LockForStartupAsync(uow.Db, cancellationToken);
        if (await uow.Db.Nodes.AnyAsync(cancellationToken) || await uow.Db.ContentTypes.AnyAsync(cancellationToken))
        {
            return false;
        }

        var context = new DataPackageContext(directory, uow, clock.GetUtcNow());
        foreach (var part in parts.OrderBy(p => p.Order))
        {
            await part.ImportAsync(context, cancellationToken);
        }

        uow.Audit(DataPackageContext.User, "Import", null, directory);
        await uow.CompleteAsync(cancellationToken);
        logger.LogInformation("Imported site data from {Directory}", directory);
        return true;
    }

    public async Task ExportAsync(string directory, CancellationToken cancellationToken = default)
    {
        foreach (var folder in new[] { "content-types", "content", "media", "forms" }.Select(f => Path.Combine(directory, f)).Where(Directory.Exists))
        {
            Directory.Delete(folder, recursive: true); // an export is the whole site: nothing stale may remain
        }

        foreach (var part in parts.OrderBy(p => p.Order))
        {
            await part.ExportAsync(directory, cancellationToken);
        }
    }
}
