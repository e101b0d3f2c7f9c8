using System.Globalization;
using System.Text.RegularExpressions;
using Participation.Web.Tests.Infrastructure;

namespace Participation.Web.Tests.PublicSite;

public sealed class AreaCommitteeTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    [Fact]
    public async Task TheAreaSharesAddUpToTheWholeBudgetInProportionToPopulation()
    {
        var list = site.Snapshot.OfType("areaCommittees").Single();
        var areas = site.Snapshot.Children(list).Where(c => c.ContentTypeAlias == "areaCommittee").ToList();
        var total = list.Value<int?>("areaBudget", "fi")!.Value;
        var population = areas.Sum(a => a.Value<int?>("population", "fi")!.Value);

        var html = System.Net.WebUtility.HtmlDecode(await site.CreateClient().GetStringAsync(list.Url("fi")));
        var shares = Regex.Matches(html, "<td class=\"number\" role=\"cell\" data-label=\"[^\"]+\">([0-9\u00a0 ]+) €</td>")
            .Select(m => long.Parse(m.Groups[1].Value.Replace("\u00a0", "").Replace(" ", ""), CultureInfo.InvariantCulture))
            .ToList();

        Assert.Equal(5, areas.Count);
        Assert.Equal(areas.Count, shares.Count);
        Assert.Equal(total, shares.Sum());
        for (var i = 0; i < areas.Count; i++)
        {
            var exact = (double)total * areas[i].Value<int?>("population", "fi")!.Value / population;
            Assert.InRange(shares[i], Math.Floor(exact), Math.Ceiling(exact));
        }
    }
}
