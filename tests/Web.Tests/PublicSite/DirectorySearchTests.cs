using System.Net.Http.Json;
using System.Text.Json;
using Participation.Web.Tests.Infrastructure;

namespace Participation.Web.Tests.PublicSite;

public sealed class DirectorySearchTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    [Fact]
    public async Task FacetsCombineInAShareableAddressAndCountWhatEachChoiceWouldGive()
    {
        var expected = site.Snapshot.OfType("association")
            .Where(a => a.Value<string>("municipality", "fi") == "Kouvola" && (a.Value<string[]>("targetGroups", "fi") ?? []).Contains("nuoret"))
            .Select(a => a.Url("fi")).Order().ToList();

        var json = await site.CreateClient().GetFromJsonAsync<JsonElement>("/api/directory?kunta=Kouvola&kohderyhma=nuoret");
        var html = await site.CreateClient().GetStringAsync("/yhdistykset/?kunta=Kouvola&kohderyhma=nuoret");

        Assert.NotEmpty(expected);
        Assert.Equal(expected, json.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("url").GetString()).Order());
        // The municipality counts ignore the chosen municipality (so the other choices show what they would give) but keep the target group.
        var forYoung = site.Snapshot.OfType("association").Where(a => (a.Value<string[]>("targetGroups", "fi") ?? []).Contains("nuoret"))
            .GroupBy(a => a.Value<string>("municipality", "fi")!).ToDictionary(g => g.Key, g => g.Count());
        var counted = json.GetProperty("facets").GetProperty("kunta").EnumerateArray().ToDictionary(f => f.GetProperty("value").GetString()!, f => f.GetProperty("count").GetInt32());
        Assert.Equal(forYoung.OrderBy(p => p.Key), counted.OrderBy(p => p.Key));
        Assert.Contains("<option value=\"nuoret\" selected=\"selected\">", html);
        Assert.Contains($"{expected.Count} yhdistystä", html);
    }

    [Fact]
    public async Task FreeTextFindsInflectedFormsAndRanksByRelevanceUnlessAskedByName()
    {
        var client = site.CreateClient();
        var relevance = await client.GetFromJsonAsync<JsonElement>("/api/directory?q=vertaistukea+omaishoitajille");
        var byName = await client.GetFromJsonAsync<JsonElement>("/api/directory?q=vertaistukea+omaishoitajille&jarjestys=nimi");

        Assert.Equal("/yhdistykset/reisjarven-omaishoitajat/", relevance.GetProperty("items")[0].GetProperty("url").GetString());
        var names = byName.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("name").GetString()!).ToList();
        Assert.Equal(names.Order(StringComparer.OrdinalIgnoreCase), names);
        Assert.Equal(relevance.GetProperty("total").GetInt32(), byName.GetProperty("total").GetInt32());
    }
}
