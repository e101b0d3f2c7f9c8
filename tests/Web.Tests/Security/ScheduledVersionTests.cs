using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Participation.Cms.Backoffice.Security;
using Participation.Cms.Jobs;
using Participation.Web.Tests.Backoffice;
using Participation.Web.Tests.Infrastructure;

namespace Participation.Web.Tests.Security;

/// <summary>
/// Found by probing: a scheduled publish published whatever draft was newest when it ran, so a writer's later,
/// unreviewed draft went public under the editor's name. The schedule publishes the version the editor scheduled.
/// </summary>
public sealed class ScheduledVersionTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    [Fact]
    public async Task AScheduledPublishPublishesTheScheduledVersionNotAWritersLaterDraft()
    {
        var editor = await BackofficeSession.SignInAsync(site, BackofficeRoles.Editor);
        var newsList = site.Snapshot.OfType("newsList").Single();
        var created = await editor.PostFormAsync($"/umbraco/content/create?parent={newsList.Key}", new() { ["parent"] = newsList.Key.ToString(), ["type"] = "newsArticle", ["name"] = "Ajastettu ja tarkastettu" });
        var key = Guid.Parse(created.Headers.Location!.OriginalString.Split('/', '?')[3]);
        var page = $"/umbraco/content/{key}";
        await editor.PostFormAsync(page, Fields("<p>Toimittajan hyväksymä teksti.</p>"), $"{page}?handler=Save");
        var helsinki = TimeZoneInfo.FindSystemTimeZoneById("Europe/Helsinki");
        var scheduled = await editor.PostFormAsync(page, new()
        {
            ["culture"] = "fi", ["scheduleAction"] = "Publish", ["scheduleAt"] = TimeZoneInfo.ConvertTime(site.Clock.Now.AddHours(2), helsinki).ToString("yyyy-MM-dd'T'HH:mm"),
        }, $"{page}?handler=Schedule");
        Assert.Equal(HttpStatusCode.Redirect, scheduled.StatusCode);
        var told = WebUtility.HtmlDecode(await editor.Client.GetStringAsync(scheduled.Headers.Location));
        Assert.Contains("julkaisee tallennetun luonnoksen sellaisena kuin se oli nyt", told, StringComparison.Ordinal);

        var writer = await BackofficeSession.SignInAsync(site, BackofficeRoles.Writer);
        var saved = await writer.PostFormAsync(page, Fields("<p>Kirjoittajan tarkastamaton muutos.</p>"), $"{page}?handler=Save");
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        site.Clock.Now = site.Clock.Now.AddHours(2).AddMinutes(1);
        await site.Services.GetRequiredService<ScheduledPublisher>().RunDueAsync();

        var html = WebUtility.HtmlDecode(await site.CreateClient().GetStringAsync("/uutiset/ajastettu-ja-tarkastettu/"));
        Assert.Contains("Toimittajan hyväksymä teksti.", html);
        Assert.DoesNotContain("Kirjoittajan tarkastamaton muutos.", html);

        // The writer's draft is still there, waiting for an editor.
        var draft = WebUtility.HtmlDecode(await editor.Client.GetStringAsync($"{page}?culture=fi"));
        Assert.Contains("Kirjoittajan tarkastamaton muutos.", draft);
    }

    private Dictionary<string, string> Fields(string body) => new()
    {
        ["culture"] = "fi",
        ["name"] = "Ajastettu ja tarkastettu",
        ["segment"] = "",
        ["p.summary"] = "Tiivistelmä uutisesta.",
        ["p.body"] = body,
        ["p.publishDate"] = TimeZoneInfo.ConvertTime(site.Clock.Now.AddDays(-1), TimeZoneInfo.FindSystemTimeZoneById("Europe/Helsinki")).ToString("yyyy-MM-dd'T'HH:mm"),
    };
}
