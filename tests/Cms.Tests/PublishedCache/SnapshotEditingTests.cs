using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Participation.Cms.Persistence;
using Participation.Cms.PropertyEditors;
using Participation.Cms.PublishedCache;
using Participation.Cms.Site;
using Participation.Cms.Tests.Infrastructure;
using Participation.Cms.Tests.Notifications;

namespace Participation.Cms.Tests.PublishedCache;

/// <summary>A change replaces only what it touched; what it touched is right, routes of descendants included.</summary>
public sealed class SnapshotEditingTests
{
    private static readonly Guid HomeKey = Guid.Parse("00000000-0000-4000-8000-000000000002");

    [Fact]
    public async Task APublishSharesEveryUnchangedItemWithThePreviousSnapshot()
    {
        await using var host = await ChangePipelineTests.StartAsync(DatabaseProvider.Sqlite);
        var a = await PublishAsync(host, "section", HomeKey, "Osio");
        var b = await PublishAsync(host, "article", HomeKey, "Toinen");
        var before = host.Snapshot;

        await host.Content.SaveAsync(b, TestContentTypes.Document("Toinen", "muutettu"), "test");
        await host.Content.PublishAsync(b, null, "test");

        Assert.Same(before.GetByKey(a), host.Snapshot.GetByKey(a));
        Assert.NotSame(before.GetByKey(b), host.Snapshot.GetByKey(b));
        Assert.Equal("muutettu", host.Snapshot.GetByKey(b)!.Value<string>("summary", "fi"));
        Assert.Equal("x", before.GetByKey(b)!.Value<string>("summary", "fi")); // the old snapshot is untouched
    }

    [Fact]
    public async Task MovingASectionMovesTheRoutesOfEverythingUnderIt()
    {
        await using var host = await ChangePipelineTests.StartAsync(DatabaseProvider.Sqlite);
        var first = await PublishAsync(host, "section", HomeKey, "Eka");
        var second = await PublishAsync(host, "section", HomeKey, "Toka");
        var child = await PublishAsync(host, "article", first, "Juttu");

        await host.Tree.MoveAsync(first, second, "test");

        Assert.Equal("/toka/eka/juttu/", host.Snapshot.GetByKey(child)!.Url("fi"));
        Assert.Null(host.Snapshot.GetByRoute("fi", "/eka/juttu/"));
        Assert.Equal(child, host.Snapshot.GetByRoute("fi", "/toka/eka/juttu/")!.Key);
        Assert.Equal([first], host.Snapshot.Children(host.Snapshot.GetByKey(second)!).Select(c => c.Key));
    }

    [Fact]
    public async Task UnpublishingASectionTakesItsDescendantsOffTheRoutesAndRepublishingBringsThemBack()
    {
        await using var host = await ChangePipelineTests.StartAsync(DatabaseProvider.Sqlite);
        var section = await PublishAsync(host, "section", HomeKey, "Osio");
        var child = await PublishAsync(host, "article", section, "Juttu");

        await host.Content.UnpublishAsync(section, null, "test");
        Assert.Null(host.Snapshot.GetByRoute("fi", "/osio/juttu/"));
        Assert.Null(host.Snapshot.GetByKey(child)!.Url("fi"));

        await host.Content.PublishAsync(section, null, "test");
        Assert.Equal(child, host.Snapshot.GetByRoute("fi", "/osio/juttu/")!.Key);
    }

    [Fact]
    public async Task TrashingRemovesTheWholeSubtreeAndTheTypeIndexFollows()
    {
        await using var host = await ChangePipelineTests.StartAsync(DatabaseProvider.Sqlite);
        var section = await PublishAsync(host, "section", HomeKey, "Osio");
        var child = await PublishAsync(host, "article", section, "Juttu");
        Assert.Contains(host.Snapshot.OfType("article"), c => c.Key == child);

        await host.Tree.TrashAsync(section, "test");

        Assert.Null(host.Snapshot.GetByKey(child));
        Assert.DoesNotContain(host.Snapshot.OfType("article"), c => c.Key == child);
        Assert.DoesNotContain(host.Snapshot.Children(host.Snapshot.Home!), c => c.Key == section);
    }

    [Fact]
    public async Task APreviewShowsTheDraftOverTheLiveSiteAndLeavesTheLiveSnapshotAlone()
    {
        await using var host = await ChangePipelineTests.StartAsync(DatabaseProvider.Sqlite);
        var key = await PublishAsync(host, "article", HomeKey, "Juttu");
        await host.Content.SaveAsync(key, TestContentTypes.Document("Juttu", "luonnos"), "test");
        var live = host.Snapshot;

        var preview = await host.Services.GetRequiredService<PublishedSnapshotService>().PreviewAsync(key);

        Assert.Equal("luonnos", preview.GetByKey(key)!.Value<string>("summary", "fi"));
        Assert.Equal("/juttu/", preview.GetByKey(key)!.Url("fi"));
        Assert.Same(live.Home, preview.Home);
        Assert.Same(live, host.Snapshot);
        Assert.Equal("x", host.Snapshot.GetByKey(key)!.Value<string>("summary", "fi"));
    }

    [Fact]
    public async Task ChildrenAreKeptInSortOrderAsTheyArePublished()
    {
        await using var host = await ChangePipelineTests.StartAsync(DatabaseProvider.Sqlite);
        var keys = new List<Guid>();
        for (var i = 0; i < 5; i++)
        {
            keys.Add(await PublishAsync(host, "article", HomeKey, $"Juttu {i}"));
        }

        await host.Tree.SortAsync(HomeKey, [keys[4], keys[2], keys[0], keys[1], keys[3]], "test");

        Assert.Equal([keys[4], keys[2], keys[0], keys[1], keys[3]], host.Snapshot.Children(host.Snapshot.Home!).Select(c => c.Key));
    }

    [Fact]
    public async Task EditedListsMatchAFullLoadAfterSortsRepublishesAndRemovals()
    {
        // A publish merges the changed items into the kept, ordered children and type lists: whatever the edits, the
        // result must be what loading the whole site from the database gives.
        await using var host = await ChangePipelineTests.StartAsync(DatabaseProvider.Sqlite);
        var keys = new List<Guid>();
        for (var i = 0; i < 8; i++)
        {
            keys.Add(await PublishAsync(host, "article", HomeKey, $"Juttu {i}"));
        }

        await host.Tree.SortAsync(HomeKey, [keys[5], keys[1], keys[7], keys[0], keys[3], keys[6], keys[2], keys[4]], "test");
        await host.Content.PublishAsync(keys[7], null, "test");
        await host.Content.UnpublishAsync(keys[3], null, "test");
        keys.Add(await PublishAsync(host, "article", HomeKey, "Uusi"));
        await host.Content.PublishAsync(keys[3], null, "test");
        await host.Tree.SortAsync(HomeKey, [keys[8], keys[4], keys[2], keys[6], keys[3], keys[0], keys[7], keys[1], keys[5]], "test");
        await host.Content.PublishAsync(keys[2], null, "test");
        var edited = host.Snapshot;

        await host.Services.GetRequiredService<PublishedSnapshotService>().LoadAllAsync();
        var loaded = host.Snapshot;

        Assert.NotSame(edited, loaded);
        Assert.Equal([keys[8], keys[4], keys[2], keys[6], keys[3], keys[0], keys[7], keys[1], keys[5]],
            edited.Children(edited.Home!).Where(c => c.ContentTypeAlias == "article").Select(c => c.Key));
        Assert.Equal(loaded.Children(loaded.Home!).Select(c => c.Key), edited.Children(edited.Home!).Select(c => c.Key));
        Assert.Equal(loaded.OfType("article").Select(c => c.Id), edited.OfType("article").Select(c => c.Id));
        Assert.Equal(edited.OfType("article").Select(c => c.Id).Order(), edited.OfType("article").Select(c => c.Id));
        Assert.All(edited.Children(edited.Home!), c => Assert.Same(edited.GetById(c.Id), c));
    }

    [Fact]
    public async Task AnEditTooBigForOneCoreConvertsEveryItemWithItsOwnValuesPlaceAndRoute()
    {
        await using var host = await ChangePipelineTests.StartAsync(DatabaseProvider.Sqlite);
        var home = host.Snapshot.Home!;
        var edit = new SnapshotEditor(host.Snapshot, await host.ContentTypes.GetAllAsync(), host.Services.GetRequiredService<PropertyEditorCollection>(), host.Services.GetRequiredService<SiteOptions>());
        const int count = 3_000; // a full load's size: converted on every core before the edit
        var keys = new Guid[count];
        for (var i = 0; i < count; i++)
        {
            keys[i] = Guid.NewGuid();
            var stored = TestContentTypes.Document($"Juttu {i}", $"tiivistelmä {i}");
            stored.Cultures["fi"].Segment = $"juttu-{i}"; // as a save sets it
            var document = Encoding.UTF8.GetBytes(stored.ToJson());
            edit.Upsert(new SnapshotNode(
                100_000 + i, keys[i], NodeKind.Content, home.Id, $"{home.Source.Path},{100_000 + i}", home.Level + 1, count - i, "article", DateTime.UtcNow, DateTime.UtcNow, document));
        }

        var snapshot = edit.Build(host.Snapshot.Generation + 1);

        for (var i = 0; i < count; i++)
        {
            var item = snapshot.GetByKey(keys[i])!;
            Assert.Equal(100_000 + i, item.Id);
            Assert.Equal($"Juttu {i}", item.Name("fi"));
            Assert.Equal($"tiivistelmä {i}", item.Value<string>("summary", "fi"));
            Assert.Same(item, snapshot.GetByRoute("fi", $"/juttu-{i}/"));
        }

        Assert.Equal(keys.Reverse(), snapshot.Children(snapshot.Home!).Where(c => c.ContentTypeAlias == "article").Select(c => c.Key));
        Assert.Equal(count, snapshot.OfType("article").Count);
    }

    private static async Task<Guid> PublishAsync(CmsTestHost host, string type, Guid parent, string name)
    {
        var key = await host.Content.CreateAsync(new(type, parent, TestContentTypes.Document(name, type == "article" ? "x" : null)), "test");
        await host.Content.PublishAsync(key, null, "test");
        return key;
    }
}
