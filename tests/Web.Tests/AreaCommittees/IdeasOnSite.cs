using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Participation.Cms.PublishedCache;
using Participation.Extensions.AreaCommittees.Ideas;
using Participation.Extensions.Forms.Entries;
using Participation.Extensions.Persistence;
using Participation.Web.Tests.Backoffice;
using Participation.Web.Tests.Forms;
using Participation.Web.Tests.Infrastructure;

namespace Participation.Web.Tests.AreaCommittees;

/// <summary>Ideas sent, moderated and answered on a test site: through its pages as people would, or its services for bulk.</summary>
internal static partial class IdeasOnSite
{
    /// <summary>The seeded area committees in tree order: Keskinen, Pohjoinen, Itäinen, Eteläinen, Läntinen.</summary>
    public static IReadOnlyList<PublishedContent> Areas(this SiteFactory site) =>
        site.Snapshot.Children(site.Snapshot.OfType("areaCommittees").Single()).Where(c => c.ContentTypeAlias == "areaCommittee").ToList();

    /// <summary>Sends the area page's idea form as a browser without script does; returns the stored entry's id.</summary>
    public static async Task<Guid> SendAsync(this SiteFactory site, PublishedContent area, string title, string? email = null, string name = "Maija Meikäläinen")
    {
        using var page = new FormPageClient(site);
        var url = area.Url("fi")!;
        var answers = new List<(string, string)> { ("area", "keskinen"), ("title", title), ("idea", $"{title}: kuvaus\ntoinen rivi"), ("name", name), ("consent", "on") };
        if (email is not null)
        {
            answers.Add(("email", email));
        }

        var response = await page.PostAsync(url, await page.OpenAsync(url, "ideaSubmission"), [.. answers]);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return (await FormPageClient.LatestEntryAsync(site, SeededFormIds.IdeaSubmission))!.Id;
    }

    /// <summary>Sends and approves through the site's services: for tests that need many ideas.</summary>
    public static async Task<Guid> SendApprovedAsync(this SiteFactory site, PublishedContent area, string title)
    {
        var form = await site.FormAsync(SeededFormIds.IdeaSubmission);
        var values = new Dictionary<string, IReadOnlyList<string>>
        {
            ["area"] = ["keskinen"], ["title"] = [title], ["idea"] = ["Kuvaus"], ["name"] = ["Testi"], ["consent"] = ["true"],
        };
        site.Clock.Advance(TimeSpan.FromSeconds(10));
        var result = await site.Services.GetRequiredService<FormSubmissions>().SubmitAsync(form, new FormSubmission(values, "fi", area.Key), CancellationToken.None);
        var id = Assert.IsType<SubmitResult.Accepted>(result).EntryId;
        Assert.True(await site.Services.GetRequiredService<EntryModeration>().ApproveAsync(id, "test", CancellationToken.None));
        return id;
    }

    public static async Task ModerateAsync(this BackofficeSession editor, Guid entryId, string handler)
    {
        var entryPage = $"/umbraco/forms/entries/{entryId}";
        var response = await editor.PostFormAsync(entryPage, [], $"{entryPage}/manage?handler={handler}");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    /// <summary>Fills the idea's edit form with the version it shows, as an editor would.</summary>
    public static async Task<HttpResponseMessage> EditAsync(this BackofficeSession editor, Guid entryId, string status, string answer, string committed)
    {
        var page = $"/umbraco/ideas/idea/{entryId}";
        var version = Version().Match(await editor.Client.GetStringAsync(page)).Groups[1].Value;
        return await editor.PostFormAsync(page, new() { ["status"] = status, ["answer"] = answer, ["committed"] = committed, ["version"] = version });
    }

    public static async Task<AreaIdea?> IdeaAsync(this SiteFactory site, Guid entryId)
    {
        await using var db = site.Db();
        return await db.Set<AreaIdea>().AsNoTracking().FirstOrDefaultAsync(i => i.EntryId == entryId);
    }

    public static async Task<AreaIdeaTotals?> TotalsAsync(this SiteFactory site, Guid areaKey)
    {
        await using var db = site.Db();
        return await db.Set<AreaIdeaTotals>().AsNoTracking().FirstOrDefaultAsync(t => t.AreaKey == areaKey);
    }

    /// <summary>The page as a reader sees its text: entities decoded, digit-grouping spaces as plain spaces.</summary>
    public static async Task<string> ReadAsync(this SiteFactory site, string url)
    {
        var response = await site.CreateClient().GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()).Replace('\u00a0', ' ').Replace('\u202f', ' ');
    }

    public static ExtensionsDbContext Db(this SiteFactory site) => site.Services.GetRequiredService<ExtensionsDatabase>().CreateContext();

    [GeneratedRegex("name=\"version\" value=\"(\\d+)\"")]
    private static partial Regex Version();
}
