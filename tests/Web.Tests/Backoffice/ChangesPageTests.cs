using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Participation.Cms.Backoffice.Security;
using Participation.Cms.Content;
using Participation.Cms.Hosting;
using Participation.Cms.Notifications;
using Participation.Cms.Persistence;
using Participation.Web.Tests.Infrastructure;

namespace Participation.Web.Tests.Backoffice;

/// <summary>The admin's view of the change pipeline: failing handlers on this node and cluster work left in the outbox.</summary>
public sealed class ChangesPageTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    private const string Page = "/umbraco/admin/changes";

    [Fact]
    public async Task AnAdminSeesAHandlerThatKeepsFailingWithItsErrorAndHowFarBehindTheNodeIs()
    {
        await using var root = new SiteFactory();
        var failing = root.WithWebHostBuilder(b => b.ConfigureServices(s => s.AddNotificationHandler<AlwaysFails>(HandlerStage.Indexes)));
        var admin = await BackofficeSession.SignInAsync(failing, BackofficeRoles.Admin);
        var before = WebUtility.HtmlDecode(await admin.Client.GetStringAsync(Page));

        var article = failing.Services.GetRequiredService<Participation.Cms.PublishedCache.PublishedSnapshotService>().Current.OfType("newsArticle").First();
        await failing.Services.GetRequiredService<ContentService>().PublishAsync(article.Key, null, "test");
        var after = WebUtility.HtmlDecode(await admin.Client.GetStringAsync(Page));

        Assert.DoesNotContain(nameof(AlwaysFails), before);
        Assert.Contains("Ajan tasalla", before);
        Assert.Contains($"<th scope=\"row\">{nameof(AlwaysFails)}<{nameof(ContentPublished)}></th>", after);
        Assert.Contains(AlwaysFails.Error, after);
        Assert.Contains("1 muutosta jäljessä", after);
    }

    [Fact]
    public async Task AnEditorIsRefusedTheChangesPage()
    {
        var editor = await BackofficeSession.SignInAsync(site, BackofficeRoles.Editor);

        var response = await editor.Client.GetAsync(Page);

        Assert.True(AuthorizationTests.IsRefusal(response), $"answered {(int)response.StatusCode}");
    }

    [Fact]
    public async Task RetryNowMakesAFailingOutboxRowDueAtOnceAndDoneRowsAreNotListed()
    {
        var now = site.Clock.Now.UtcDateTime;
        var failingRow = new OutboxRecord { InstructionId = 1, Handler = "SendMailOnPublish<ContentPublished>", CreatedAt = now.AddHours(-1), Attempts = 4, NextAttemptAt = now.AddHours(1), LastError = "Postipalvelin ei vastannut" };
        var doneRow = new OutboxRecord { InstructionId = 1, Handler = "CallWebhookOnPublish<ContentPublished>", CreatedAt = now.AddHours(-2), NextAttemptAt = now.AddHours(-2), DoneAt = now.AddHours(-2), LastError = "Vanha ohitettu virhe" };
        await using (var db = site.Services.GetRequiredService<CmsDatabase>().CreateContext())
        {
            db.Outbox.AddRange(failingRow, doneRow);
            await db.SaveChangesAsync();
        }

        var admin = await BackofficeSession.SignInAsync(site, BackofficeRoles.Admin);
        var html = WebUtility.HtmlDecode(await admin.Client.GetStringAsync(Page));
        Assert.Contains("Postipalvelin ei vastannut", html);
        Assert.DoesNotContain("Vanha ohitettu virhe", html);
        Assert.Contains($"name=\"id\" value=\"{failingRow.Id}\"", html);

        var retried = await admin.PostFormAsync(Page, new() { ["id"] = failingRow.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) }, Page + "?handler=Retry");

        Assert.Equal(HttpStatusCode.Redirect, retried.StatusCode);
        await using var check = site.Services.GetRequiredService<CmsDatabase>().CreateContext();
        var row = await check.Outbox.AsNoTracking().SingleAsync(o => o.Id == failingRow.Id);
        Assert.Equal(now, row.NextAttemptAt, TimeSpan.FromSeconds(1));
        Assert.Equal(4, row.Attempts); // the history stays; only the wait is cut short
    }

    internal sealed class AlwaysFails : INotificationHandler<ContentPublished>
    {
        public const string Error = "Hakemisto ei vastaa (testin käsittelijä)";

        public Task HandleAsync(IReadOnlyList<ContentPublished> notifications, CancellationToken cancellationToken) =>
            throw new InvalidOperationException(Error);
    }
}
