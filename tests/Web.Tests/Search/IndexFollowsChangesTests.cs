using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Participation.Cms.Content;
using Participation.Cms.Persistence;
using Participation.Cms.Search;
using Participation.Web.Tests.Infrastructure;

namespace Participation.Web.Tests.Search;

/// <summary>On the node that makes a change, search shows it as soon as the change call returns.</summary>
public sealed class IndexFollowsChangesTests
{
    [Fact]
    public async Task PublishingUnpublishingMovingTrashingAndDeletingChangeSearchResultsAtOnce()
    {
        await using var site = new SiteFactory();
        var content = site.Services.GetRequiredService<ContentService>();
        var tree = site.Services.GetRequiredService<ContentTreeService>();
        var association = site.Snapshot.GetByRoute("fi", "/yhdistykset/korian-kylayhdistys/")!;

        var draft = await DraftAsync(site, association.Key);
        draft.Values["summary"] = "Korian kyläyhdistys järjestää nyt myös xylofonikerhoja.";
        await content.SaveAsync(association.Key, draft, "test");
        Assert.Empty(Find(site, "xylofonikerho"));
        await content.PublishAsync(association.Key, null, "test");
        Assert.Equal(["/yhdistykset/korian-kylayhdistys/"], Find(site, "xylofonikerho"));

        await content.UnpublishAsync(association.Key, null, "test");
        Assert.Empty(Find(site, "xylofonikerho"));
        await content.PublishAsync(association.Key, null, "test");
        Assert.Single(Find(site, "xylofonikerho"));

        var about = site.Snapshot.GetByRoute("fi", "/tietoa/")!;
        var privacy = site.Snapshot.GetByRoute("fi", "/tietosuoja/")!;
        Assert.Contains("/tietoa/", Find(site, "hakemistoon"));
        await tree.MoveAsync(about.Key, privacy.Key, "test");
        Assert.Contains("/tietosuoja/tietoa/", Find(site, "hakemistoon"));
        Assert.DoesNotContain("/tietoa/", Find(site, "hakemistoon"));

        await tree.TrashAsync(association.Key, "test");
        Assert.Empty(Find(site, "xylofonikerho"));
        await tree.RestoreAsync(association.Key, "test");
        await content.PublishAsync(association.Key, null, "test");
        Assert.Single(Find(site, "xylofonikerho"));
        await tree.TrashAsync(association.Key, "test");
        await tree.DeleteAsync(association.Key, "test");
        Assert.Empty(Find(site, "xylofonikerho"));
        Assert.Equal(site.Snapshot.All.Sum(i => i.Cultures.Values.Count(c => c.Url is not null)), site.Services.GetRequiredService<ContentIndex>().Index.Health().Documents);
    }

    [Theory]
    [InlineData("deleted")]
    [InlineData("corrupted")]
    public async Task ADeletedOrCorruptedIndexFolderIsRebuiltAtStart(string damage)
    {
        var folder = Path.Combine(Path.GetTempPath(), "participation-web-tests", Guid.NewGuid().ToString("N"));
        var database = Path.Combine(folder, "site.db");
        var search = Path.Combine(folder, "search");
        await using (var first = new SiteFactory { DatabaseFile = database, SearchFolder = search })
        {
            Assert.NotEmpty(Find(first, "kyläyhdistys"));
        }

        var index = Path.Combine(search, ContentIndex.Name);
        if (damage == "deleted")
        {
            Directory.Delete(index, recursive: true);
        }
        else
        {
            foreach (var file in Directory.EnumerateFiles(index).Where(f => !Path.GetFileName(f).StartsWith("segments", StringComparison.Ordinal)))
            {
                File.WriteAllBytes(file, [.. File.ReadAllBytes(file).Take(100)]);
            }
        }

        await using var second = new SiteFactory { DatabaseFile = database, SearchFolder = search };
        var html = await second.CreateClient().GetStringAsync("/haku/?q=kylayhdistys");

        Assert.Equal(damage == "deleted" ? IndexOpening.Missing : IndexOpening.Corrupt, second.Services.GetRequiredService<ContentIndex>().Index.OpenedAs);
        Assert.Contains("href=\"/yhdistykset/jaalan-kylayhdistys/\"", html);
    }

    [Fact]
    public async Task ARestartedNodeCatchesItsIndexUpWithWhatChangedWhileItWasDownWithoutARebuild()
    {
        var folder = Path.Combine(Path.GetTempPath(), "participation-web-tests", Guid.NewGuid().ToString("N"));
        var database = Path.Combine(folder, "site.db");
        var search = Path.Combine(folder, "search");
        await using (var first = new SiteFactory { DatabaseFile = database, SearchFolder = search })
        {
            Assert.Empty(Find(first, "xylofonikerho"));
        }

        // Another node (its own index) publishes and unpublishes while this one is down.
        await using (var other = new SiteFactory { DatabaseFile = database })
        {
            var content = other.Services.GetRequiredService<ContentService>();
            var association = other.Snapshot.GetByRoute("fi", "/yhdistykset/korian-kylayhdistys/")!;
            var draft = await DraftAsync(other, association.Key);
            draft.Values["summary"] = "Korian kyläyhdistys järjestää nyt myös xylofonikerhoja.";
            await content.SaveAsync(association.Key, draft, "test");
            await content.PublishAsync(association.Key, null, "test");
            await content.UnpublishAsync(other.Snapshot.GetByRoute("fi", "/yhdistykset/jaalan-kylayhdistys/")!.Key, null, "test");
        }

        await using (var restarted = new SiteFactory { DatabaseFile = database, SearchFolder = search })
        {
            var index = restarted.Services.GetRequiredService<ContentIndex>();
            await index.CaughtUp.WaitAsync(TimeSpan.FromMinutes(1));

            Assert.Equal(IndexOpening.Ready, index.Index.OpenedAs);
            Assert.Equal(["/yhdistykset/korian-kylayhdistys/"], Find(restarted, "xylofonikerho"));
            Assert.DoesNotContain("/yhdistykset/jaalan-kylayhdistys/", Find(restarted, "jaalan"));
            Assert.Equal(restarted.Snapshot.All.Sum(i => i.Cultures.Values.Count(c => c.Url is not null)), index.Index.Health().Documents);
        }
    }

    private static List<string?> Find(SiteFactory site, string text) =>
        site.Services.GetRequiredService<ContentSearch>().Search(new ContentQuery(text, "fi") { Take = 50, Highlight = false }).Hits.Select(h => h.Url).ToList();

    private static async Task<ContentDocument> DraftAsync(SiteFactory site, Guid key)
    {
        await using var db = site.Services.GetRequiredService<CmsDatabase>().CreateContext();
        var json = await db.Nodes.Where(n => n.Key == key).Join(db.Versions, n => n.DraftVersionId, v => v.Id, (n, v) => v.Document).SingleAsync();
        return ContentDocument.Parse(json);
    }
}
