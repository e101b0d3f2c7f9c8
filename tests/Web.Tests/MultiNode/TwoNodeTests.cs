using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Participation.Cms.Content;
using Participation.Cms.ContentTypes;
using Participation.Cms.Jobs;
using Participation.Cms.Media;
using Participation.Cms.Persistence;
using Participation.Cms.PropertyEditors;
using Participation.Web.Tests.Infrastructure;

namespace Participation.Web.Tests.MultiNode;

/// <summary>
/// Two real processes on one PostgreSQL database: this test process is node A (it makes the changes through the engine's
/// services, as the backoffice does), and the built site started as a second process is node B, read over HTTP.
/// Every change made on A must be served by B within seconds (about one when the machine is quiet).
/// </summary>
[Collection(nameof(TwoNodeTests))]
[CollectionDefinition(nameof(TwoNodeTests), DisableParallelization = true)]
public sealed class TwoNodeTests
{
    // A second is the usual lag (see the nodes bench); the margin is for a loaded two-core CI machine.
    private static readonly TimeSpan Within = TimeSpan.FromSeconds(3);

    [Fact]
    public async Task PublishUnpublishMoveMediaAndTypeChangesOnOneNodeAreServedByTheOther()
    {
        var database = TestPostgres.CreateDatabase();
        var media = Path.Combine(Path.GetTempPath(), "participation-web-tests", Guid.NewGuid().ToString("N"));
        await using var a = new SiteFactory { PostgresConnectionString = database, MediaFolder = media };
        var content = a.Services.GetRequiredService<ContentService>();
        await using var b = await SiteProcess.StartAsync(new Dictionary<string, string>
        {
            ["Cms__Database__Provider"] = "PostgreSQL",
            ["ConnectionStrings__Cms"] = database,
            ["Cms__Media__Folder"] = media,
        });

        var article = a.Snapshot.OfType("newsArticle").First(n => n.Url("fi") is not null);
        var url = article.Url("fi")!;
        var draft = await DraftAsync(a, article.Key);
        draft.Cultures["fi"].Values["summary"] = "Solmulta A julkaistu tiivistelmä";
        await content.SaveAsync(article.Key, draft, "test");
        await content.PublishAsync(article.Key, null, "test");
        await Seen(b, url, (status, html) => html.Contains("Solmulta A julkaistu tiivistelmä", StringComparison.Ordinal), "publish");

        await content.UnpublishAsync(article.Key, null, "test");
        await Seen(b, url, (status, _) => status == HttpStatusCode.NotFound, "unpublish");

        var about = a.Snapshot.GetByRoute("fi", "/tietoa/")!;
        var privacy = a.Snapshot.GetByRoute("fi", "/tietosuoja/")!;
        await a.Services.GetRequiredService<ContentTreeService>().MoveAsync(about.Key, privacy.Key, "test");
        await Seen(b, "/tietosuoja/tietoa/", (status, _) => status == HttpStatusCode.OK, "move");
        await Seen(b, "/tietoa/", (status, _) => status == HttpStatusCode.MovedPermanently, "move (old address, now a redirect)");

        var home = a.Snapshot.Home!;
        var hero = a.Snapshot.Media(home, "heroImage", "fi")[0];
        await a.Services.GetRequiredService<MediaService>().UpdateAsync(
            hero.Key, hero.Name, new Dictionary<string, string> { ["fi"] = "Uusi kuvateksti solmulta A" }, hero.FocalPoint ?? new FocalPoint(0.5, 0.5), "test");
        await Seen(b, "/", (_, html) => html.Contains("alt=\"Uusi kuvateksti solmulta A\"", StringComparison.Ordinal), "media change");

        var types = a.Services.GetRequiredService<ContentTypeService>();
        var homeType = (await types.GetAsync("home"))!;
        Assert.Contains("Asukkaat, yhdistykset ja kunnat yhdessä", await b.Client.GetStringAsync("/"));
        await types.SaveAsync(homeType with { Groups = [.. homeType.Groups.Select(g => g with { Properties = [.. g.Properties.Where(p => p.Alias != "tagline")] })] }, "admin");
        await Seen(b, "/", (status, html) => status == HttpStatusCode.OK && !html.Contains("Asukkaat, yhdistykset ja kunnat yhdessä", StringComparison.Ordinal), "content-type change");
    }

    [Fact]
    public async Task AScheduledPublishRunByTheLeaseHolderIsServedByTheOtherNode()
    {
        var database = TestPostgres.CreateDatabase();
        // Node A's clock runs ten minutes behind: a job due by A's clock is long due by B's, whichever node holds the lease.
        await using var a = new SiteFactory { PostgresConnectionString = database, Clock = new TestClock(DateTimeOffset.UtcNow.AddMinutes(-10)) };
        var content = a.Services.GetRequiredService<ContentService>();
        var article = a.Snapshot.OfType("newsArticle").First(n => n.Url("fi") is not null);
        var url = article.Url("fi")!;
        await content.UnpublishAsync(article.Key, null, "test");
        await using var b = await SiteProcess.StartAsync(new Dictionary<string, string>
        {
            ["Cms__Database__Provider"] = "PostgreSQL",
            ["ConnectionStrings__Cms"] = database,
        });
        Assert.Equal(HttpStatusCode.NotFound, (await b.Client.GetAsync(url)).StatusCode);

        var scheduler = a.Services.GetRequiredService<ScheduledPublisher>();
        await scheduler.ScheduleAsync(article.Key, "Publish", null, a.Clock.GetUtcNow().AddMinutes(1), "test");
        a.Clock.Advance(TimeSpan.FromMinutes(2));
        var ranOnA = await scheduler.RunDueAsync() == 1;

        // If B holds the lease it runs the job on its next round (every 30 s); otherwise A ran it and B must follow at once.
        var visibleOnB = await b.WaitForAsync(url, (status, _) => status == HttpStatusCode.OK, ranOnA ? Within : TimeSpan.FromSeconds(40));
        Assert.True(visibleOnB is not null, $"B did not serve the scheduled publish (ran on {(ranOnA ? "A" : "B")}).\n{b.Output}");
        await a.Services.GetRequiredService<Participation.Cms.Notifications.ChangeApplier>().CatchUpAsync();
        Assert.NotNull(a.Snapshot.GetByKey(article.Key)?.Url("fi"));
    }

    private static async Task Seen(SiteProcess node, string path, Func<HttpStatusCode, string, bool> check, string what)
    {
        var took = await node.WaitForAsync(path, check, Within);
        Assert.True(took is not null, $"Node B did not show the {what} at {path} within {Within.TotalSeconds} s.\n{node.Output}");
    }

    private static async Task<ContentDocument> DraftAsync(SiteFactory site, Guid key)
    {
        await using var db = site.Services.GetRequiredService<CmsDatabase>().CreateContext();
        var json = await db.Nodes.Where(n => n.Key == key).Join(db.Versions, n => n.DraftVersionId, v => v.Id, (n, v) => v.Document).SingleAsync();
        return ContentDocument.Parse(json);
    }
}
