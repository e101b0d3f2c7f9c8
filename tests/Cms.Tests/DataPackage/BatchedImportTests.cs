using Microsoft.EntityFrameworkCore;
using Participation.Cms.Persistence;
using Participation.Cms.Tests.Infrastructure;

namespace Participation.Cms.Tests.DataPackage;

/// <summary>A large package imports in batches that commit one by one, yet lands whole: once, and to the end.</summary>
public sealed class BatchedImportTests
{
    private const int Generated = 1_600;

    public static TheoryData<DatabaseProvider> Providers => TestDatabases.Providers;

    [Fact]
    public async Task AnImportThatStopsHalfwayIsFinishedByTheNextStartWithEveryItemOnce()
    {
        var package = GeneratedDataPackage.Write(Generated);
        var keys = GeneratedDataPackage.Keys(Generated).ToList();
        var broken = keys[1_200];
        var news = File.ReadAllText(GeneratedDataPackage.NewsFile(package));
        File.WriteAllText(GeneratedDataPackage.NewsFile(package), news.Replace($"\"key\":\"{broken}\",\"contentType\":\"newsArticle\"", $"\"key\":\"{broken}\",\"contentType\":\"noSuchType\"", StringComparison.Ordinal));
        var connection = TestDatabases.Create(DatabaseProvider.Sqlite);

        var error = await Assert.ThrowsAsync<InvalidDataException>(() => CmsTestHost.StartAsync(DatabaseProvider.Sqlite, connection, package));
        Assert.Contains("001-uutiset.json", error.Message);
        await using (var probe = await CmsTestHost.StartAsync(DatabaseProvider.Sqlite, connection))
        await using (var db = probe.Services.GetDatabase())
        {
            var committed = await db.Nodes.CountAsync();
            Assert.InRange(committed, 500, keys.Count); // the batches before the broken item stay committed
            Assert.Equal(1, await db.Leases.CountAsync(l => l.Name == "data-package-import"));
            Assert.Equal(0, await db.Audit.CountAsync(a => a.Action == "Import"));
        }

        File.WriteAllText(GeneratedDataPackage.NewsFile(package), news);
        await using var host = await CmsTestHost.StartAsync(DatabaseProvider.Sqlite, connection, package);

        await using (var db = host.Services.GetDatabase())
        {
            var stored = await db.Nodes.Select(n => n.Key).ToListAsync();
            Assert.Equal(stored.Count, stored.Distinct().Count());
            Assert.Subset(stored.ToHashSet(), keys.ToHashSet());
            Assert.Equal(0, await db.Leases.CountAsync(l => l.Name == "data-package-import"));
            Assert.Equal(1, await db.Audit.CountAsync(a => a.Action == "Import"));
        }

        var urls = keys.Select(k => host.Snapshot.GetByKey(k)?.Url("fi")).ToList();
        Assert.DoesNotContain(null, urls);
        Assert.Equal(urls.Count, urls.Distinct().Count()); // siblings named alike get their own addresses across batches
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task SeveralNodesStartingOnALargePackageImportItOnce(DatabaseProvider provider)
    {
        var package = GeneratedDataPackage.Write(Generated);
        var connection = TestDatabases.Create(provider);
        var hosts = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => CmsTestHost.StartAsync(provider, connection, package)));
        try
        {
            await using var db = hosts[0].Services.GetDatabase();
            Assert.Equal(1, await db.Audit.CountAsync(a => a.Action == "Import"));
            var stored = await db.Nodes.Select(n => n.Key).ToListAsync();
            Assert.Equal(stored.Count, stored.Distinct().Count());
            Assert.Subset(stored.ToHashSet(), GeneratedDataPackage.Keys(Generated).ToHashSet());
            Assert.All(hosts, h => Assert.Equal(hosts[0].Snapshot.Count, h.Snapshot.Count));
            Assert.True(hosts[0].Snapshot.Count > Generated);
        }
        finally
        {
            foreach (var host in hosts)
            {
                await host.DisposeAsync();
            }
        }
    }
}
