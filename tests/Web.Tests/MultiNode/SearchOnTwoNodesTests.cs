using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Participation.Cms.Content;
using Participation.Cms.Persistence;
using Participation.Web.Tests.Infrastructure;

namespace Participation.Web.Tests.MultiNode;

/// <summary>
/// Each node keeps its own search index; a change made on node A (this process) must reach node B's /haku (a second
/// process, its own index folder) through the change log, as the published snapshot does.
/// </summary>
[Collection(nameof(TwoNodeTests))]
public sealed class SearchOnTwoNodesTests
{
    private static readonly TimeSpan Within = TimeSpan.FromSeconds(3);

    [Fact]
    public async Task PublishUnpublishMoveAndDeleteOnOneNodeChangeSearchOnTheOther()
    {
        var database = TestPostgres.CreateDatabase();
        await using var a = new SiteFactory { PostgresConnectionString = database };
        var content = a.Services.GetRequiredService<ContentService>();
        var tree = a.Services.GetRequiredService<ContentTreeService>();
        await using var b = await SiteProcess.StartAsync(new Dictionary<string, string>
        {
            ["Cms__Database__Provider"] = "PostgreSQL",
            ["ConnectionStrings__Cms"] = database,
        });

        var association = a.Snapshot.GetByRoute("fi", "/yhdistykset/korian-kylayhdistys/")!;
        await using (var db = a.Services.GetRequiredService<CmsDatabase>().CreateContext())
        {
            var json = await db.Nodes.Where(n => n.Key == association.Key).Join(db.Versions, n => n.DraftVersionId, v => v.Id, (n, v) => v.Document).SingleAsync();
            var draft = ContentDocument.Parse(json);
            draft.Values["summary"] = "Korian kyläyhdistys järjestää nyt myös xylofonikerhoja.";
            await content.SaveAsync(association.Key, draft, "test");
        }

        const string Search = "/haku/?q=xylofonikerho";
        const string Found = "href=\"/yhdistykset/korian-kylayhdistys/\"";
        await content.PublishAsync(association.Key, null, "test");
        await Seen(b, Search, html => html.Contains(Found, StringComparison.Ordinal), "publish");

        await content.UnpublishAsync(association.Key, null, "test");
        await Seen(b, Search, html => !html.Contains(Found, StringComparison.Ordinal) && html.Contains("ei löytynyt", StringComparison.Ordinal), "unpublish");
        await content.PublishAsync(association.Key, null, "test");
        await Seen(b, Search, html => html.Contains(Found, StringComparison.Ordinal), "publish again");

        var about = a.Snapshot.GetByRoute("fi", "/tietoa/")!;
        var privacy = a.Snapshot.GetByRoute("fi", "/tietosuoja/")!;
        await tree.MoveAsync(about.Key, privacy.Key, "test");
        await Seen(b, "/haku/?q=hakemistoon", html => html.Contains("href=\"/tietosuoja/tietoa/\"", StringComparison.Ordinal) && !html.Contains("href=\"/tietoa/\"", StringComparison.Ordinal), "move");

        await tree.TrashAsync(association.Key, "test");
        await tree.DeleteAsync(association.Key, "test");
        await Seen(b, Search, html => !html.Contains(Found, StringComparison.Ordinal) && html.Contains("ei löytynyt", StringComparison.Ordinal), "delete");
    }

    private static async Task Seen(SiteProcess node, string path, Func<string, bool> check, string what)
    {
        var took = await node.WaitForAsync(path, (status, html) => status == System.Net.HttpStatusCode.OK && check(html), Within);
        Assert.True(took is not null, $"Node B's search did not show the {what} within {Within.TotalSeconds} s.\n{node.Output}");
    }
}
