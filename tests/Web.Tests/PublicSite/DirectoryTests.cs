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
