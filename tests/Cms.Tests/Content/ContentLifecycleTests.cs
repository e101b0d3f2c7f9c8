using Microsoft.EntityFrameworkCore;
using Participation.Cms.Content;
using Participation.Cms.Persistence;
using Participation.Cms.Tests.Infrastructure;

namespace Participation.Cms.Tests.Content;

/// <summary>Drafts, publishing and the tree, run against SQLite and PostgreSQL alike.</summary>
public sealed class ContentLifecycleTests
{
    public static TheoryData<DatabaseProvider> Providers => TestDatabases.Providers;

    [Theory, MemberData(nameof(Providers))]
    public async Task ANewDraftNeverShowsUntilPublished(DatabaseProvider provider)
    {
        await using var host = await StartWithHomeAsync(provider);
        var key = await host.Content.CreateAsync(new("article", HomeKey, TestContentTypes.Document("Uutinen", "Tiivistelmä")), "writer");

        Assert.Null(host.Snapshot.GetByKey(key));
        Assert.Null(host.Snapshot.GetByRoute("fi", "/uutinen/"));

        await host.Content.PublishAsync(key, null, "editor");

        Assert.Equal("Uutinen", host.Snapshot.GetByRoute("fi", "/uutinen/")!.Name("fi"));
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task AChangedPublishedItemKeepsShowingThePublishedVersion(DatabaseProvider provider)
    {
        await using var host = await StartWithHomeAsync(provider);
        var key = await host.Content.CreateAsync(new("article", HomeKey, TestContentTypes.Document("Uutinen", "Ensimmäinen")), "writer");
        await host.Content.PublishAsync(key, null, "editor");

        await host.Content.SaveAsync(key, TestContentTypes.Document("Uutinen", "Toinen luonnos"), "writer");

        Assert.Equal("Ensimmäinen", host.Snapshot.GetByKey(key)!.Value<string>("summary", "fi"));
        await host.Content.PublishAsync(key, null, "editor");
        Assert.Equal("Toinen luonnos", host.Snapshot.GetByKey(key)!.Value<string>("summary", "fi"));
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task PublishingOneCultureLeavesTheOthersAsTheyWere(DatabaseProvider provider)
    {
        await using var host = await StartWithHomeAsync(provider);
        var draft = TestContentTypes.Document("Uutinen", "Suomeksi");
        draft.Cultures["sv"] = new CultureVariant { Name = "Nyhet", Values = { ["summary"] = "På svenska" } };
        var key = await host.Content.CreateAsync(new("article", HomeKey, draft), "writer");
        await host.Content.PublishAsync(key, ["fi"], "editor");

        Assert.Null(host.Snapshot.GetByRoute("sv", "/nyhet/"));
        await host.Content.PublishAsync(key, ["sv"], "editor");

        var item = host.Snapshot.GetByRoute("sv", "/nyhet/");
        Assert.NotNull(item);
        Assert.Equal("/sv/nyhet/", item.Url("sv"));
        Assert.Equal("På svenska", item.Value<string>("summary", "sv"));
        Assert.Equal("/uutinen/", item.Url("fi"));
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task UnpublishingTakesTheItemOffTheSite(DatabaseProvider provider)
    {
        await using var host = await StartWithHomeAsync(provider);
        var key = await PublishedArticleAsync(host, "Poistuva");

        await host.Content.UnpublishAsync(key, null, "editor");

        Assert.Null(host.Snapshot.GetByKey(key));
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task MovingASectionMovesTheRoutesOfEverythingBelowIt(DatabaseProvider provider)
    {
        await using var host = await StartWithHomeAsync(provider);
        var first = await host.Content.CreateAsync(new("section", HomeKey, TestContentTypes.Document("Eka")), "editor");
        var second = await host.Content.CreateAsync(new("section", HomeKey, TestContentTypes.Document("Toka")), "editor");
        var article = await host.Content.CreateAsync(new("article", first, TestContentTypes.Document("Juttu", "x")), "editor");
        foreach (var key in new[] { first, second, article })
        {
            await host.Content.PublishAsync(key, null, "editor");
        }

        Assert.Equal("/eka/juttu/", host.Snapshot.GetByKey(article)!.Url("fi"));
        await host.Tree.MoveAsync(first, second, "editor");

        Assert.Equal("/toka/eka/juttu/", host.Snapshot.GetByKey(article)!.Url("fi"));
        Assert.Null(host.Snapshot.GetByRoute("fi", "/eka/juttu/"));
        Assert.Equal(4, host.Snapshot.GetByKey(article)!.Level);
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task TrashHidesASubtreeAndRestoreBringsItBack(DatabaseProvider provider)
    {
        await using var host = await StartWithHomeAsync(provider);
        var section = await host.Content.CreateAsync(new("section", HomeKey, TestContentTypes.Document("Osio")), "editor");
        var article = await host.Content.CreateAsync(new("article", section, TestContentTypes.Document("Juttu", "x")), "editor");
        await host.Content.PublishAsync(section, null, "editor");
        await host.Content.PublishAsync(article, null, "editor");

        await host.Tree.TrashAsync(section, "editor");
        Assert.Null(host.Snapshot.GetByKey(article));
        await Assert.ThrowsAsync<ContentOperationException>(() => host.Tree.RestoreAsync(article, "editor"));

        await host.Tree.RestoreAsync(section, "editor");
        Assert.Equal("/osio/juttu/", host.Snapshot.GetByKey(article)!.Url("fi"));
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task SortingChangesTheOrderOfChildren(DatabaseProvider provider)
    {
        await using var host = await StartWithHomeAsync(provider);
        var a = await PublishedArticleAsync(host, "A");
        var b = await PublishedArticleAsync(host, "B");

        await host.Tree.SortAsync(HomeKey, [b, a], "editor");

        Assert.Equal(["B", "A"], host.Snapshot.Children(host.Snapshot.Home!).Select(c => c.Name("fi")));
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task SiblingsWithTheSameNameGetDistinctUrls(DatabaseProvider provider)
    {
        await using var host = await StartWithHomeAsync(provider);
        var first = await PublishedArticleAsync(host, "Kevätjuhla");
        var second = await PublishedArticleAsync(host, "Kevätjuhla");
        var third = await PublishedArticleAsync(host, "Kevätjuhla");

        // Saving an item again keeps its own address: it does not clash with itself.
        await host.Content.SaveAsync(first, TestContentTypes.Document("Kevätjuhla", "muutettu"), "editor");
        await host.Content.PublishAsync(first, null, "editor");

        Assert.Equal("/kevatjuhla/", host.Snapshot.GetByKey(first)!.Url("fi"));
        Assert.Equal("/kevatjuhla-1/", host.Snapshot.GetByKey(second)!.Url("fi"));
        Assert.Equal("/kevatjuhla-2/", host.Snapshot.GetByKey(third)!.Url("fi"));
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task MandatoryValuesAreRequiredOnlyWhenPublishing(DatabaseProvider provider)
    {
        await using var host = await StartWithHomeAsync(provider);
        var key = await host.Content.CreateAsync(new("article", HomeKey, TestContentTypes.Document("Keskeneräinen")), "writer");

        var error = await Assert.ThrowsAsync<ContentValidationException>(() => host.Content.PublishAsync(key, null, "editor"));

        Assert.Contains("summary@fi", error.Errors.Keys);
        Assert.Null(host.Snapshot.GetByKey(key));
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task InvalidValuesAreRefusedWithAMessagePerField(DatabaseProvider provider)
    {
        await using var host = await StartWithHomeAsync(provider);
        var draft = TestContentTypes.Document("Virheellinen", "x");
        draft.Values["count"] = 11;
        draft.Values["publishDate"] = "ensi tiistaina";
        draft.Values["nonsense"] = "?";

        var error = await Assert.ThrowsAsync<ContentValidationException>(() => host.Content.CreateAsync(new("article", HomeKey, draft), "writer"));

        Assert.Equal(["count", "nonsense", "publishDate"], error.Errors.Keys.Order());
        await using var db = host.Services.GetDatabase();
        Assert.Equal(1, await db.Nodes.CountAsync()); // the rolled-back create left nothing behind
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task EveryChangeIsInTheAuditLogWithItsUser(DatabaseProvider provider)
    {
        await using var host = await StartWithHomeAsync(provider);
        var key = await host.Content.CreateAsync(new("article", HomeKey, TestContentTypes.Document("Juttu", "x")), "kirjoittaja");
        await host.Content.PublishAsync(key, null, "julkaisija");
        await host.Tree.TrashAsync(key, "julkaisija");

        await using var db = host.Services.GetDatabase();
        var entries = await db.Audit.Where(a => a.NodeKey == key).OrderBy(a => a.Id).Select(a => new { a.Action, a.User }).ToListAsync();
        Assert.Equal(
            [("Save", "kirjoittaja"), ("Create", "kirjoittaja"), ("Publish", "julkaisija"), ("Trash", "julkaisija")],
            entries.Select(e => (e.Action, e.User)));
    }

    private static readonly Guid HomeKey = Guid.Parse("00000000-0000-4000-8000-000000000001");

    private static async Task<CmsTestHost> StartWithHomeAsync(DatabaseProvider provider)
    {
        var host = await CmsTestHost.StartAsync(provider);
        await TestContentTypes.InstallAsync(host);
        var home = TestContentTypes.Document("Koti");
        home.Cultures["sv"] = new CultureVariant { Name = "Hem" };
        await host.Content.CreateAsync(new("home", null, home) { Key = HomeKey }, "test");
        await host.Content.PublishAsync(HomeKey, null, "test");
        return host;
    }

    private static async Task<Guid> PublishedArticleAsync(CmsTestHost host, string name)
    {
        var key = await host.Content.CreateAsync(new("article", HomeKey, TestContentTypes.Document(name, "x")), "editor");
        await host.Content.PublishAsync(key, null, "editor");
        return key;
    }
}
