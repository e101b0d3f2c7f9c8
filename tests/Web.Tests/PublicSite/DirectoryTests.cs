using System.Text.RegularExpressions;
using Participation.Web.Tests.Infrastructure;

namespace Participation.Web.Tests.PublicSite;

public sealed partial class DirectoryTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    [Fact]
    public async Task TheDirectoryIsPagedAndEveryAssociationAppearsOnce()
    {
        var client = site.CreateClient();
        var total = site.Snapshot.OfType("association").Count();
        var seen = new List<string>();
        for (var page = 1; page <= 10; page++)
        {
            var html = System.Net.WebUtility.HtmlDecode(await client.GetStringAsync($"/yhdistykset/?sivu={page}"));
            var names = ListedNames(html);
            if (names.Count == 0 || seen.Contains(names[0]))
            {
                break;
            }

            seen.AddRange(names);
        }

        Assert.True(total >= 30, $"demo content has {total} associations");
        Assert.Equal(total, seen.Count);
        Assert.Equal(total, seen.Distinct().Count());
        Assert.Equal(site.Snapshot.OfType("association").Select(a => a.Name("fi")).Order(), seen.Order());
    }

    [Fact]
    public async Task FilteringByMunicipalityListsOnlyThatMunicipality()
    {
        var expected = site.Snapshot.OfType("association").Where(a => a.Value<string>("municipality", "fi") == "Kontiolahti").Select(a => a.Name("fi")).Order().ToList();

        var html = System.Net.WebUtility.HtmlDecode(await site.CreateClient().GetStringAsync("/yhdistykset/?kunta=Kontiolahti"));

        var all = site.Snapshot.OfType("association").Count();

        Assert.NotEmpty(expected);
        Assert.True(expected.Count < all, "every association is in Kontiolahti, so the filter would narrow nothing");
        Assert.Equal(expected, ListedNames(html).Order());
        Assert.Contains("<option value=\"Kontiolahti\" selected=\"selected\">", html);
    }

    [Theory]
    [InlineData("Eskolanmäki")]
    [InlineData("Lehtomäki")]
    [InlineData("Kuusankosken keskusta")]
    public async Task EachPilotAreaListsTheKouvolaProjectsPartnersThere(string area)
    {
        var project = site.Snapshot.OfType("project").Single(p => p.Name("fi") == "Asukkaat paikalliskehittäjinä Kouvolassa");
        var partners = site.Snapshot.PickedMany(project, "partners", "fi");
        var inArea = site.Snapshot.OfType("association").Where(a => (a.Value<string[]>("areas", "fi") ?? []).Contains(area)).Select(a => a.Name("fi")).Order().ToList();

        var html = System.Net.WebUtility.HtmlDecode(await site.CreateClient().GetStringAsync($"/yhdistykset/?alue={Uri.EscapeDataString(area)}"));

        // The seeds name about twenty partner organisations; each is in the directory, and every pilot area has several.
        Assert.True(partners.Count >= 20, $"the project has {partners.Count} partners in the directory");
        Assert.All(partners, p => Assert.Equal("association", p.ContentTypeAlias));
        Assert.True(partners.Count(p => (p.Value<string[]>("areas", "fi") ?? []).Contains(area)) >= 3, $"few partners in {area}");
        Assert.Equal(inArea, ListedNames(html).Order());
    }

    [Fact]
    public async Task AnUnknownMunicipalityGivesAnEmptyListAndAnUnreadablePageNumberTheFirstPage()
    {
        var client = site.CreateClient();

        var unknown = await client.GetAsync("/yhdistykset/?kunta=Atlantis&sivu=-4");
        var huge = await client.GetAsync("/yhdistykset/?sivu=99999999999");

        Assert.True(unknown.IsSuccessStatusCode);
        var unknownHtml = System.Net.WebUtility.HtmlDecode(await unknown.Content.ReadAsStringAsync());
        Assert.Contains("Valinnalla ei löytynyt yhdistyksiä", unknownHtml);
        Assert.Empty(ListedNames(unknownHtml));
        Assert.True(huge.IsSuccessStatusCode);
        var first = ListedNames(System.Net.WebUtility.HtmlDecode(await client.GetStringAsync("/yhdistykset/")));
        Assert.NotEmpty(first);
        Assert.Equal(first, ListedNames(System.Net.WebUtility.HtmlDecode(await huge.Content.ReadAsStringAsync())));
    }

    private static List<string> ListedNames(string html) =>
        ListItem().Matches(html).Select(m => m.Groups[1].Value).ToList();

    [GeneratedRegex("<li>\\s*<h2><a href=\"[^\"]+\">([^<]+)</a></h2>")]
    private static partial Regex ListItem();
}
