using Microsoft.EntityFrameworkCore;
using Participation.Cms.Persistence;
using Participation.Cms.Tests.Infrastructure;

namespace Participation.Cms.Tests.Persistence;

/// <summary>
/// The audit log is append-only in the database itself: the site's code never changes a row, and a mistaken or
/// hostile statement through the site's own connection cannot either (ASVS 16.4.2).
/// </summary>
public sealed class AuditAppendOnlyTests
{
    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task AuditRowsCanBeAddedAndReadButNeverChangedOrDeleted(DatabaseProvider provider)
    {
        await using var host = await CmsTestHost.StartAsync(provider);
        await using (var db = host.Services.GetDatabase())
        {
            db.Audit.Add(new AuditRecord { At = DateTime.UtcNow, User = "anna", Action = "Publish", Detail = "first" });
            db.Audit.Add(new AuditRecord { At = DateTime.UtcNow, User = "anna", Action = "Publish", Detail = "second" });
            await db.SaveChangesAsync();
        }

        await using (var db = host.Services.GetDatabase())
        {
            await Assert.ThrowsAnyAsync<Exception>(() => db.Audit.Where(a => a.Detail == "first").ExecuteUpdateAsync(s => s.SetProperty(a => a.User, "someone else")));
            await Assert.ThrowsAnyAsync<Exception>(() => db.Audit.Where(a => a.Detail == "second").ExecuteDeleteAsync());
            var tracked = await db.Audit.SingleAsync(a => a.Detail == "first");
            db.Audit.Remove(tracked);
            await Assert.ThrowsAnyAsync<DbUpdateException>(() => db.SaveChangesAsync());
            if (provider == DatabaseProvider.PostgreSQL)
            {
                await Assert.ThrowsAnyAsync<Exception>(() => db.Database.ExecuteSqlRawAsync("""TRUNCATE "cmsAudit" """));
            }
        }

        await using (var db = host.Services.GetDatabase())
        {
            var rows = await db.Audit.AsNoTracking().Where(a => a.Detail == "first" || a.Detail == "second").OrderBy(a => a.Id).ToListAsync();
            Assert.Equal(["first", "second"], rows.Select(r => r.Detail));
            Assert.All(rows, r => Assert.Equal("anna", r.User));

            db.Audit.Add(new AuditRecord { At = DateTime.UtcNow, User = "anna", Action = "Publish", Detail = "third" });
            Assert.Equal(1, await db.SaveChangesAsync());
        }
    }
}
