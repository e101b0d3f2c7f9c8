using System.Net;
using Participation.Cms.Backoffice.Security;
using Participation.Extensions.AreaCommittees.Ideas;
using Participation.Web.Tests.Backoffice;
using Participation.Web.Tests.Infrastructure;
using static Participation.Web.Tests.Forms.EntriesTestForms;

namespace Participation.Web.Tests.AreaCommittees;

public sealed class IdeasBackofficeTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    [Fact]
    public async Task AnEditorFindsTheAreaInTheIdeasSectionAndItsIdeasFilteredByStatus()
    {
        var area = site.Areas()[0];
        var considered = await site.SendApprovedAsync(area, "Kirjastobussi kylille");
        await site.SendApprovedAsync(area, "Jääkiekkokaukalo Tornionmäkeen");
        var editor = await BackofficeSession.SignInAsync(site, BackofficeRoles.Editor);
        await editor.EditAsync(considered, "Considering", "", "0");

        Assert.Contains("<a href=\"/umbraco/ideas\">Ideat</a>", await PageAsync(editor.Client, "/umbraco"));
        Assert.Contains($"<a href=\"/umbraco/ideas/{area.Key}\">Keskinen aluetoimikunta</a>", await PageAsync(editor.Client, "/umbraco/ideas"));
        var filtered = await PageAsync(editor.Client, $"/umbraco/ideas/{area.Key}?status=Considering");
        Assert.Contains("Kirjastobussi kylille", filtered);
        Assert.DoesNotContain("Jääkiekkokaukalo Tornionmäkeen", filtered);
        Assert.Contains("<option value=\"Considering\" selected=\"selected\">", filtered);
    }

    [Fact]
    public async Task AWriterNeitherSeesTheIdeasSectionNorChangesAnIdea()
    {
        var id = await site.SendApprovedAsync(site.Areas()[1], "Kirjoittajalta kielletty");
        var writer = await BackofficeSession.SignInAsync(site, BackofficeRoles.Writer);

        Assert.DoesNotContain("/umbraco/ideas", await PageAsync(writer.Client, "/umbraco"));
        AssertDenied(await writer.Client.GetAsync("/umbraco/ideas"));
        AssertDenied(await writer.Client.GetAsync($"/umbraco/ideas/idea/{id}"));
        AssertDenied(await writer.PostFormAsync("/umbraco/account", new() { ["status"] = "Done", ["answer"] = "Kirjoittaja", ["committed"] = "5000", ["version"] = "0" }, $"/umbraco/ideas/idea/{id}"));

        var idea = await site.IdeaAsync(id);
        Assert.Equal((IdeaStatus.New, null, 0L, 0L), (idea!.Status, idea.Answer, idea.CommittedEuros, idea.Version));
    }

    [Theory]
    [InlineData("Done", "-5", "committed", "Summa ei voi olla negatiivinen.")]
    [InlineData("Done", "paljon", "committed", "Kirjoita summa kokonaisina euroina, esimerkiksi 1200.")]
    [InlineData("Done", "999999999999", "committed", "Summa on liian suuri: enintään 100 000 000 €.")]
    [InlineData("Huippu", "100", "status", "Valitse tila listasta.")]
    [InlineData("2", "100", "status", "Valitse tila listasta.")]
    public async Task BadInputInTheEditFormIsShownNextToItsFieldAndNothingIsSaved(string status, string committed, string field, string message)
    {
        var id = await site.SendApprovedAsync(site.Areas()[2], $"Virheellinen syöte {status} {committed}");
        var editor = await BackofficeSession.SignInAsync(site, BackofficeRoles.Editor);

        var response = await editor.EditAsync(id, status, "Vastaus jää lomakkeeseen", committed);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()).Replace('\u00a0', ' ');
        Assert.Contains($"<p class=\"field-error\" id=\"field-{field}-error\">{message}</p>", html);
        Assert.Matches($"id=\"field-{field}\"[^>]*aria-invalid=\"true\"", html);
        Assert.Contains($"<li><a href=\"#field-{field}\">{message}</a></li>", html);
        Assert.Contains(">Vastaus jää lomakkeeseen</textarea>", html);
        var idea = await site.IdeaAsync(id);
        Assert.Equal((IdeaStatus.New, null, 0L, 0L), (idea!.Status, idea.Answer, idea.CommittedEuros, idea.Version));
    }

    [Fact]
    public async Task AnEditorSavingOverAnotherEditorsNewerSaveIsToldAndOverwritesNothing()
    {
        var id = await site.SendApprovedAsync(site.Areas()[3], "Kaksi muokkaajaa");
        var first = await BackofficeSession.SignInAsync(site, BackofficeRoles.Editor);
        var second = await BackofficeSession.SignInAsync(site, BackofficeRoles.Editor);
        await first.EditAsync(id, "Done", "Ensimmäisen vastaus", "700");

        var stale = await second.PostFormAsync($"/umbraco/ideas/idea/{id}", new() { ["status"] = "NotTakenUp", ["answer"] = "Toisen vastaus", ["committed"] = "0", ["version"] = "0" });

        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Contains("Joku muu tallensi idean sillä välin.", WebUtility.HtmlDecode(await stale.Content.ReadAsStringAsync()));
        var idea = await site.IdeaAsync(id);
        Assert.Equal((IdeaStatus.Done, "Ensimmäisen vastaus", 700L), (idea!.Status, idea.Answer, idea.CommittedEuros));
        Assert.Equal(700L, (await site.TotalsAsync(idea.AreaKey))!.CommittedEuros);
    }
}
