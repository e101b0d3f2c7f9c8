using Microsoft.Extensions.DependencyInjection;
using Participation.Cms.Content;
using Participation.Cms.Media;
using Participation.Cms.Persistence;
using Participation.Cms.Tests.Infrastructure;

namespace Participation.Cms.Tests.Media;

/// <summary>A media file reaches the media folder only when its media node commits: a rolled-back upload leaves no orphan file.</summary>
public sealed class MediaFileCommitTests
{
    private static readonly byte[] Png = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");

    [Fact]
    public async Task ACommittedMediaCreateLeavesItsFileInTheMediaFolder()
    {
        await using var host = await CmsTestHost.StartAsync(DatabaseProvider.Sqlite);

        await host.Services.GetRequiredService<MediaService>().CreateAsync(new CreateMedia("Piste", "piste.png", Png), "test");

        var file = Assert.Single(FilesIn(host));
        Assert.EndsWith("piste.png", file, StringComparison.Ordinal);
        Assert.Equal(Png, await File.ReadAllBytesAsync(file));
    }

    [Fact]
    public async Task AMediaCreateInAUnitOfWorkThatRollsBackLeavesNoFileInTheMediaFolder()
    {
        await using var host = await CmsTestHost.StartAsync(DatabaseProvider.Sqlite);
        var media = host.Services.GetRequiredService<MediaService>();

        await using (var uow = await host.Services.GetRequiredService<UnitOfWorkProvider>().BeginAsync())
        {
            await media.CreateAsync(new CreateMedia("Piste", "piste.png", Png), "test", uow);
            // no CompleteAsync: disposing rolls back, as an import that fails on a later item does
        }

        Assert.Empty(FilesIn(host));
        Assert.Empty(await media.ListAsync(CancellationToken.None));
    }

    [Fact]
    public async Task AMediaCreateThatFailsAfterTheFileIsReadLeavesNoFileInTheMediaFolder()
    {
        await using var host = await CmsTestHost.StartAsync(DatabaseProvider.Sqlite);

        await Assert.ThrowsAsync<ContentOperationException>(() =>
            host.Services.GetRequiredService<MediaService>().CreateAsync(new CreateMedia("Piste", "piste.png", Png) { ParentKey = Guid.NewGuid() }, "test"));

        Assert.Empty(FilesIn(host));
    }

    private static List<string> FilesIn(CmsTestHost host)
    {
        var folder = host.Services.GetRequiredService<MediaOptions>().Folder;
        return Directory.Exists(folder) ? Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).ToList() : [];
    }
}
