using Microsoft.EntityFrameworkCore;
using Participation.Cms.Notifications;
using Participation.Cms.Persistence;

namespace Participation.Cms.ContentTypes;

/// <summary>
/// Reads and writes content types. Types are few and read on every save and snapshot build,
/// so all of them are kept in memory and reloaded after a change commits.
/// </summary>
public sealed class ContentTypeService(CmsDatabase database, UnitOfWorkProvider unitOfWork, TimeProvider clock)
{
    private const string CacheKey = "contentTypes";
    private volatile IReadOnlyDictionary<string, ContentType>? types;

    /// <summary>All types; inside a unit of work, as that transaction sees them.</summary>
    public async Task<IReadOnlyDictionary<string, ContentType>> GetAllAsync(UnitOfWork? uow = null, CancellationToken cancellationToken = default)
    {
        if (uow is not null)
        {
            if (uow.Cache.TryGetValue(CacheKey, out var inTransaction))
            {
                return (IReadOnlyDictionary<string, ContentType>)inTransaction;
            }

            var seen = await LoadAsync(uow.Db, cancellationToken);
            uow.Cache[CacheKey] = seen;
            return seen;
        }

        if (types is { } loaded)
        {
            return loaded;
        }

        await using var db = database.CreateContext();
        loaded = await LoadAsync(db, cancellationToken);
        types = loaded;
        return loaded;
    }

    public async Task<ContentType?> GetAsync(string alias, UnitOfWork? uow = null, CancellationToken cancellationToken = default) =>
        (await GetAllAsync(uow, cancellationToken)).GetValueOrDefault(alias);

    public Task SaveAsync(ContentType type, string user, UnitOfWork? uow = null, CancellationToken cancellationToken = default) =>
        unitOfWork.RunAsync(uow, async u =>
        {
            var record = await u.Db.ContentTypes.FindAsync([type.Alias], cancellationToken);
            if (record is null)
            {
                record = new ContentTypeRecord { Alias = type.Alias };
                u.Db.ContentTypes.Add(record);
            }

            record.Document = ContentTypeJson.Write(type);
            record.UpdateDate = clock.GetUtcNow().UtcDateTime;
            await u.Db.SaveChangesAsync(cancellationToken);
            u.Cache.Remove(CacheKey);
            u.Audit(user, "ContentTypeSaved", null, type.Alias);
            u.Notify(new ContentTypeSaved(type.Alias));
            u.OnCommitted(() => types = null);
            return true;
        }, cancellationToken);

    /// <summary>Drops the cached types; the next read loads them again (after any node changed one).</summary>
    public void Reset() => types = null;

    private static async Task<IReadOnlyDictionary<string, ContentType>> LoadAsync(CmsDbContext db, CancellationToken cancellationToken)
    {
        var records = await db.ContentTypes.AsNoTracking().ToListAsync(cancellationToken);
        return records.Select(r => ContentTypeJson.Parse(r.Document)).ToDictionary(t => t.Alias, StringComparer.Ordinal);
    }
}
