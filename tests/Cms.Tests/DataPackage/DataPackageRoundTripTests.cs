using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Participation.Cms.DataPackage;
using Participation.Cms.Persistence;
using Participation.Cms.Tests.Infrastructure;

namespace Participation.Cms.Tests.DataPackage;

/// <summary>The site's data survives export and re-import unchanged, on both databases.</summary>
public sealed class DataPackageRoundTripTests
{
    public static TheoryData<DatabaseProvider> Providers => TestDatabases.Providers;

    [Theory, MemberData(nameof(Providers))]
    public async Task ExportThenImportIntoAnEmptyDatabaseYieldsTheSameContent(DatabaseProvider provider)
    {
        var first = Temp();
        var second = Temp();
        await using (var original = await CmsTestHost.StartAsync(provider, dataFolder: RepositoryData.Folder))
        {
            Assert.True(original.Snapshot.Count > 50, $"only {original.Snapshot.Count} items were imported");
            await original.Services.GetRequiredService<DataPackageService>().ExportAsync(first);
        }

        await using var copy = await CmsTestHost.StartAsync(provider, dataFolder: first);
        await copy.Services.GetRequiredService<DataPackageService>().ExportAsync(second);

        Assert.Equal(Files(first), Files(second));
        foreach (var file in Files(first))
        {
            Assert.True(
                File.ReadAllBytes(Path.Combine(first, file)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(second, file))),
                $"{file} differs after a round trip");
        }
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task ImportedContentKeepsKeysRoutesAndValues(DatabaseProvider provider)
    {
        var exported = Temp();
        await using var original = await CmsTestHost.StartAsync(provider, dataFolder: RepositoryData.Folder);
        await original.Services.GetRequiredService<DataPackageService>().ExportAsync(exported);
        await using var copy = await CmsTestHost.StartAsync(provider, dataFolder: exported);

        var before = original.Snapshot.All.OrderBy(c => c.Key).ToList();
        var after = copy.Snapshot.All.OrderBy(c => c.Key).ToList();
        Assert.Equal(before.Select(c => c.Key), after.Select(c => c.Key));
        foreach (var (a, b) in before.Zip(after))
        {
            Assert.Equal(a.Cultures.OrderBy(c => c.Key).Select(c => (c.Key, c.Value.Name, c.Value.Url)), b.Cultures.OrderBy(c => c.Key).Select(c => (c.Key, c.Value.Name, c.Value.Url)));
            Assert.Equal(a.Value<string>("summary", "fi"), b.Value<string>("summary", "fi"));
            Assert.Equal(a.CreateDate, b.CreateDate);
        }
    }

    [Fact]
    public async Task MediaFoldersAndWhatIsInThemSurviveTheRoundTrip()
    {
        var exported = Temp();
        Guid folder, inner, image;
        await using (var original = await CmsTestHost.StartAsync(DatabaseProvider.Sqlite, dataFolder: RepositoryData.Folder))
        {
            var media = original.Services.GetRequiredService<Participation.Cms.Media.MediaService>();
            folder = await media.CreateFolderAsync("Tapahtumat", null, "test");
            inner = await media.CreateFolderAsync("Kesä 2026", folder, "test");
            var png = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");
            image = await media.CreateAsync(new Participation.Cms.Media.CreateMedia("Piste", "piste.png", png) { ParentKey = inner }, "test");
            await original.Services.GetRequiredService<DataPackageService>().ExportAsync(exported);
        }

        await using var copy = await CmsTestHost.StartAsync(DatabaseProvider.Sqlite, dataFolder: exported);
        await using var db = copy.Services.GetDatabase();
        var nodes = await db.Nodes.Where(n => n.Key == folder || n.Key == inner || n.Key == image).ToDictionaryAsync(n => n.Key);
        Assert.Equal(3, nodes.Count);
        Assert.Equal(nodes[folder].Id, nodes[inner].ParentId);
        Assert.Equal(nodes[inner].Id, nodes[image].ParentId);
        Assert.Equal(nodes[inner].Path + "," + nodes[image].Id, nodes[image].Path);
        Assert.NotNull(copy.Snapshot.GetMedia(image));
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task SeveralNodesStartingOnOneEmptyDatabaseImportExactlyOnce(DatabaseProvider provider)
    {
        var connection = TestDatabases.Create(provider);
        var hosts = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => CmsTestHost.StartAsync(provider, connection, RepositoryData.Folder)));
        try
        {
            await using var db = hosts[0].Services.GetDatabase();
            Assert.Equal(1, await db.Audit.CountAsync(a => a.Action == "Import"));
            var keys = await db.Nodes.Select(n => n.Key).ToListAsync();
            Assert.Equal(keys.Count, keys.Distinct().Count());
            Assert.All(hosts, h => Assert.Equal(hosts[0].Snapshot.Count, h.Snapshot.Count));
        }
        finally
        {
            foreach (var host in hosts)
            {
                await host.DisposeAsync();
            }
        }
    }

    [Fact]
    public async Task ABrokenDataFileStopsTheImportWithTheFileNamedAndLeavesTheDatabaseEmpty()
    {
        var broken = Temp();
        CopyDirectory(RepositoryData.Folder, broken);
        var file = Directory.GetFiles(Path.Combine(broken, "content")).Order().Last();
        File.WriteAllText(file, File.ReadAllText(file).Replace("\"contentType\"", "\"contentTypo\"", StringComparison.Ordinal));
        var connection = TestDatabases.Create(DatabaseProvider.Sqlite);

        var error = await Assert.ThrowsAsync<InvalidDataException>(() => CmsTestHost.StartAsync(DatabaseProvider.Sqlite, connection, broken));

        Assert.Contains(Path.GetFileName(file), error.Message);
        await using var empty = await CmsTestHost.StartAsync(DatabaseProvider.Sqlite, connection);
        await using var db = empty.Services.GetDatabase();
        Assert.Equal(0, await db.Nodes.CountAsync());
    }

    private static string Temp() => Path.Combine(Path.GetTempPath(), "participation-tests", Guid.NewGuid().ToString("N"));

    private static List<string> Files(string root) =>
        Directory.GetFiles(root, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(root, f)).Order(StringComparer.Ordinal).ToList();

    private static void CopyDirectory(string from, string to)
    {
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
