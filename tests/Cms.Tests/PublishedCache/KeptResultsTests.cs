using Participation.Cms.Content;
using Participation.Cms.Persistence;
using Participation.Cms.PublishedCache;
using Participation.Cms.Tests.Infrastructure;
using Participation.Cms.Tests.Notifications;

namespace Participation.Cms.Tests.PublishedCache;

/// <summary>What a page derives from the snapshot (a list's order) is computed once per snapshot and goes with it.</summary>
public sealed class KeptResultsTests
{
    private static readonly Guid HomeKey = Guid.Parse("00000000-0000-4000-8000-000000000002");

    [Fact]
    public async Task AResultIsComputedOncePerSnapshotAndAPublishStartsAfresh()
    {
        await using var host = await ChangePipelineTests.StartAsync(DatabaseProvider.Sqlite);
        var before = host.Snapshot;
        var computed = 0;
        string[] Names(PublishedSnapshot s) =>
            s.Kept("test|names", () => { computed++; return s.Children(s.Home!).Select(c => c.Name("fi")).ToArray(); });

        var first = Names(before);
        Assert.Same(first, Names(before));
        var key = await host.Content.CreateAsync(new CreateContent("section", HomeKey, TestContentTypes.Document("Uusi osio")), "test");
        await host.Content.PublishAsync(key, null, "test");

        Assert.Contains("Uusi osio", Names(host.Snapshot));
        Assert.DoesNotContain("Uusi osio", Names(before)); // the old snapshot keeps its own
        Assert.Equal(2, computed);
    }

    [Fact]
    public async Task ResultsForWhatReadersTypeAreKeptUpToABoundWithoutCrowdingOutTheSitesOwn()
    {
        await using var host = await ChangePipelineTests.StartAsync(DatabaseProvider.Sqlite);
        var snapshot = host.Snapshot;
        var computed = 0;
        for (var i = 0; i < 2_000; i++)
        {
            snapshot.Kept($"test|tag {i}", () => new object(), fromRequest: true);
        }

        var tagged = snapshot.Kept("test|tag 1999", () => { computed++; return new object(); }, fromRequest: true);
        var own = snapshot.Kept("test|own", () => { computed++; return new object(); });

        Assert.NotSame(tagged, snapshot.Kept("test|tag 1999", () => new object(), fromRequest: true)); // past the bound: not kept
        Assert.Same(own, snapshot.Kept("test|own", () => new object())); // the site's own list still is
        Assert.Same(snapshot.Kept("test|tag 0", () => new object(), fromRequest: true), snapshot.Kept("test|tag 0", () => new object(), fromRequest: true));
        Assert.Equal(2, computed);
    }
}
