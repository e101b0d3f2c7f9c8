using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using Participation.Cms.Backoffice.Security;
using Participation.Extensions.AreaCommittees.Ideas;
using Participation.Extensions.Forms.Entries;
using Participation.Extensions.Forms.Workflows;
using Participation.Web.Tests.Backoffice;
using Participation.Web.Tests.Forms;
using Participation.Web.Tests.Infrastructure;

namespace Participation.Web.Tests.AreaCommittees;

/// <summary>
/// Residents' ideas from the area page's form to the page again: moderated in the Forms section, answered in the Ideas
/// section. The tests share one site; each that counts money works on an area of its own.
/// </summary>
public sealed class AreaIdeaTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    [Fact]
    public async Task AnIdeaSentOnAnAreaPageAppearsOnlyWhenApprovedAndThenAsNewWithoutItsSender()
    {
        var area = site.Areas()[0];
        var url = area.Url("fi")!;
        var id = await site.SendAsync(area, "Penkkejä Käyrälammen rantaan", "aino.asukas@example.fi", "Aino Asukas");

        Assert.Equal(area.Key, (await FormPageClient.LatestEntryAsync(site, SeededFormIds.IdeaSubmission))!.PageKey);
        Assert.DoesNotContain("Penkkejä Käyrälammen rantaan", await site.ReadAsync(url));
        Assert.Null(await site.IdeaAsync(id));

        var editor = await BackofficeSession.SignInAsync(site, BackofficeRoles.Editor);
        await editor.ModerateAsync(id, "Approve");

        var html = await site.ReadAsync(url);
        var idea = Regex.Match(html, "<article class=\"idea\"[^>]*>(.*?)</article>", RegexOptions.Singleline).Groups[1].Value;
        Assert.Contains("Penkkejä Käyrälammen rantaan", idea);
        Assert.Contains("Uusi</span>", idea);
        Assert.Contains("Penkkejä Käyrälammen rantaan: kuvaus\ntoinen rivi", idea);
        Assert.DoesNotContain("Aino Asukas", html);
        Assert.DoesNotContain("aino.asukas@example.fi", html);
    }

    [Fact]
    public async Task AnEditorsStatusAnswerAndEurosShowOnTheAreaPageWithTheCommittedTotalAndTheSenderIsMailed()
    {
        var area = site.Areas()[1]; // Pohjoinen: 20 600 of 80 000 residents, 25 750 € of 100 000 €
        var id = await site.SendAsync(area, "Valaistus Kuusaan kuntoradalle", "ville.virtanen@example.fi");
        var editor = await BackofficeSession.SignInAsync(site, BackofficeRoles.Editor);
        await editor.ModerateAsync(id, "Approve");

        var saved = await editor.EditAsync(id, "Done", "Valot asennettiin syyskuussa yhdessä kaupungin kanssa.", "1 200");

        Assert.Equal(System.Net.HttpStatusCode.Redirect, saved.StatusCode);
        var html = await site.ReadAsync(area.Url("fi")!);
        Assert.Contains("Sitoutunut 1 200 € / 25 750 €", html);
        var idea = Regex.Match(html, "<article class=\"idea\"[^>]*>(.*?)</article>", RegexOptions.Singleline).Groups[1].Value;
        Assert.Contains("Valaistus Kuusaan kuntoradalle", idea);
        Assert.Contains("Toteutettu</span>", idea);
        Assert.Contains("Valot asennettiin syyskuussa yhdessä kaupungin kanssa.", idea);
        Assert.Contains("Sitoutunut 1 200 €", idea);

        await site.SettleAsync();
        var mail = Assert.Single(Directory.GetFiles(site.MailFolder).Select(f => MimeMessage.Load(f)),
            m => m.To.Mailboxes.Any(a => a.Address == "ville.virtanen@example.fi") && (m.Subject ?? "").StartsWith("Ideasi tilanne", StringComparison.Ordinal));
        var body = mail.TextBody ?? "";
        Assert.Equal("Ideasi tilanne on päivittynyt: Valaistus Kuusaan kuntoradalle", mail.Subject);
        Assert.Contains("Tila nyt: Toteutettu", body);
        Assert.Contains("Valot asennettiin syyskuussa yhdessä kaupungin kanssa.", body);
        Assert.Contains("http://localhost:5080" + area.Url("fi"), body);
        Assert.Equal("auto-generated", mail.Headers["Auto-Submitted"]);
    }

    [Fact]
    public async Task ARejectedIdeaNeverAppears()
    {
        var area = site.Areas()[0];
        var id = await site.SendAsync(area, "Mainostaulu joka tolppaan");
        var editor = await BackofficeSession.SignInAsync(site, BackofficeRoles.Editor);

        await editor.ModerateAsync(id, "Reject");

        Assert.DoesNotContain("Mainostaulu joka tolppaan", await site.ReadAsync(area.Url("fi")!));
        Assert.Null(await site.IdeaAsync(id));
    }

    [Fact]
    public async Task AnErasedSendersIdeaLeavesTheAreaPageAndItsTotals()
    {
        var area = site.Areas()[0];
        var id = await site.SendApprovedAsync(area, "Penkki joen rantaan");
        Assert.Contains("Penkki joen rantaan", await site.ReadAsync(area.Url("fi")!));
        var before = (await site.TotalsAsync(area.Key))!.New;

        await using (var db = site.Db())
        await using (var transaction = await db.Database.BeginTransactionAsync())
        {
            await site.Services.GetRequiredService<EntryRemoval>().DeleteRowsAsync(db, [id], CancellationToken.None);
            await transaction.CommitAsync();
        }

        Assert.Null(await site.IdeaAsync(id));
        Assert.Equal(before - 1, (await site.TotalsAsync(area.Key))!.New);
        Assert.DoesNotContain("Penkki joen rantaan", await site.ReadAsync(area.Url("fi")!));
    }

    [Fact]
    public async Task TheCommittedTotalFollowsEveryEditAndAnIdeaRejectedAfterApprovalTakesItsEurosWithIt()
    {
        var area = site.Areas()[2]; // Itäinen: 15 500 €
        var first = await site.SendApprovedAsync(area, "Kylätalon katto");
        var second = await site.SendApprovedAsync(area, "Uimarannan laituri");
        var editor = await BackofficeSession.SignInAsync(site, BackofficeRoles.Editor);

        await editor.EditAsync(first, "Considering", "", "1000");
        await editor.EditAsync(second, "Done", "", "500");
        Assert.Contains("Sitoutunut 1 500 € / 15 500 €", await site.ReadAsync(area.Url("fi")!));

        await editor.EditAsync(first, "Considering", "", "200");
        await editor.ModerateAsync(second, "Reject");

        var html = await site.ReadAsync(area.Url("fi")!);
        Assert.Contains("Sitoutunut 200 € / 15 500 €", html);
        Assert.DoesNotContain("Uimarannan laituri", html);
        var totals = await site.TotalsAsync(area.Key);
        Assert.Equal((0, 1, 0, 0, 200L), (totals!.New, totals.Considering, totals.Done, totals.NotTakenUp, totals.CommittedEuros));

        // The seeded sender left no address: nobody to tell, so no mail was queued for either change.
        await using var db = site.Db();
        Assert.False(await db.Set<WorkflowTask>().AnyAsync(t => t.EntryId == first && t.WorkflowType == "areaIdeaChanged"));
    }

    [Fact]
    public async Task OnlyAChangeOfStatusOrAnswerMailsTheSenderNotAChangeOfEuros()
    {
        var area = site.Areas()[3];
        var id = await site.SendAsync(area, "Koirapuisto Korialle", "koiraihminen@example.fi");
        var editor = await BackofficeSession.SignInAsync(site, BackofficeRoles.Editor);
        await editor.ModerateAsync(id, "Approve");

        await editor.EditAsync(id, "New", "", "300");
        await editor.EditAsync(id, "Considering", "", "300");
        await editor.EditAsync(id, "Considering", "Käsitellään joulukuun kokouksessa.", "300");

        await using var db = site.Db();
        var payloads = await db.Set<WorkflowTask>().Where(t => t.EntryId == id && t.WorkflowType == "areaIdeaChanged").OrderBy(t => t.Id).Select(t => t.Payload).ToListAsync();
        var changes = payloads.Select(p => System.Text.Json.JsonDocument.Parse(p!).RootElement).Select(p => (p.GetProperty("Status").GetInt32(), p.GetProperty("Answer").GetString())).ToList();
        Assert.Equal([((int)IdeaStatus.Considering, null), ((int)IdeaStatus.Considering, "Käsitellään joulukuun kokouksessa.")], changes);
    }

    [Fact]
    public async Task TheAreaPageListsTenIdeasNewestFirstAndPagesTheRest()
    {
        var area = site.Areas()[4];
        for (var i = 1; i <= 12; i++)
        {
            await site.SendApprovedAsync(area, $"Sivutettava idea {i:00}");
        }

        var first = await site.ReadAsync(area.Url("fi")!);
        var titles = Regex.Matches(first, "<h3 id=\"idea-[0-9a-f]+\">(Sivutettava idea \\d+)</h3>").Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(Enumerable.Range(3, 10).Reverse().Select(i => $"Sivutettava idea {i:00}"), titles);
        Assert.Contains($"href=\"{area.Url("fi")}?sivu=2#ideas\"", first);

        var second = await site.ReadAsync(area.Url("fi") + "?sivu=2");
        Assert.Contains("Sivutettava idea 02", second);
        Assert.Contains("Sivutettava idea 01", second);
        Assert.DoesNotContain("Sivutettava idea 03", second);
    }

    [Fact]
    public async Task TheSwedishAndEnglishListPagesShowEachAreasIdeasAndCommittedEurosInTheirLanguage()
    {
        var area = site.Areas()[3];
        var id = await site.SendApprovedAsync(area, "Ulkokuntosali Elimäelle");
        var editor = await BackofficeSession.SignInAsync(site, BackofficeRoles.Editor);
        await editor.EditAsync(id, "Done", "", "4321");
        var committed = (await site.TotalsAsync(area.Key))!.CommittedEuros;

        var sv = await site.ReadAsync("/sv/omradeskommitteer/");
        var en = await site.ReadAsync("/en/area-committees/");

        Assert.Contains("Bundet till idéer", sv);
        Assert.Contains($"<td class=\"number committed\" role=\"cell\" data-label=\"Bundet till idéer\">{Euros(committed, "sv-FI")}</td>", sv); // labelled for the phone's card layout
        Assert.Contains("Committed to ideas", en);
        Assert.Contains($"<td class=\"number committed\" role=\"cell\" data-label=\"Committed to ideas\">{Euros(committed, "en-GB")}</td>", en);
        Assert.True(committed >= 4321);
    }

    private static string Euros(long euros, string culture) =>
        euros.ToString("N0", System.Globalization.CultureInfo.GetCultureInfo(culture)).Replace('\u00a0', ' ').Replace('\u202f', ' ') + " €";
}
