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
    }

    [Fact]
    public async Task FilteringByMunicipalityListsOnlyThatMunicipality()
    {
        var expected = site.Snapshot.OfType("association").Where(a => a.Value<string>("municipality", "fi") == "Kontiolahti").Select(a => a.Name("fi")).Order().ToList();

        var html = System.Net.WebUtility.HtmlDecode(await site.CreateClient().GetStringAsync("/yhdistykset/?kunta=Kontiolahti"));

        Assert.NotEmpty(expected);
        Assert.Equal(expected, ListedNames(html).Order());
        Assert.Contains("<option value=\"Kontiolahti\" selected=\"selected\">", html);
    }

    [Fact]
    public async Task AnUnknownMunicipalityOrPageGivesAnEmptyListNotAnError()
    {
        var client = site.CreateClient();

        var unknown = await client.GetAsync("/yhdistykset/?kunta=Atlantis&sivu=-4");
        var huge = await client.GetAsync("/yhdistykset/?sivu=99999999999");

        Assert.True(unknown.IsSuccessStatusCode);
        Assert.Contains("Valinnalla ei löytynyt yhdistyksiä", System.Net.WebUtility.HtmlDecode(await unknown.Content.ReadAsStringAsync()));
        Assert.True(huge.IsSuccessStatusCode);
    }

    private static List<string> ListedNames(string html) =>
        ListItem().Matches(html).Select(m => m.Groups[1].Value).ToList();

    [GeneratedRegex("<li>\\s*<h2><a href=\"[^\"]+\">([^<]+)</a></h2>")]
    private static partial Regex ListItem();
}
