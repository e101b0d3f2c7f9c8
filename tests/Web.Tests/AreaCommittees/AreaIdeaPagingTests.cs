using System.Text.RegularExpressions;
using Participation.Extensions.AreaCommittees.Ideas;
using Participation.Web.Tests.Infrastructure;

namespace Participation.Web.Tests.AreaCommittees;

public sealed class AreaIdeaPagingTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    [Fact]
    public async Task ADeepListLinksTheFirstAndLastPagesAndTheNeighboursOfTheCurrentOneAndClampsOddPageNumbers()
    {
        var area = site.Areas()[0];
        await using (var db = site.Db())
        {
            var start = new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc);
            for (var i = 0; i < 95; i++)
            {
                db.Set<AreaIdea>().Add(new AreaIdea
                {
                    EntryId = Guid.NewGuid(), FormId = Guid.NewGuid(), AreaKey = area.Key, Title = $"Syvä idea {i}", Text = "Teksti",
                    CreatedUtc = start.AddHours(i), PublishedUtc = start.AddHours(i), UpdatedUtc = start.AddHours(i),
                });
            }

            await db.SaveChangesAsync();
            await IdeaTotalsChange.Of(IdeaStatus.New, 95, 0).ApplyAsync(db, area.Key, CancellationToken.None);
        }

        var url = area.Url("fi")!;
        var middle = await site.ReadAsync(url + "?sivu=5");
        Assert.Equal(["1", "2", "3", "4", "5", "6", "7", "10"], Regex.Matches(middle, "aria-label=\"Sivu (\\d+)\"").Select(m => m.Groups[1].Value));
        Assert.Single(Regex.Matches(middle, "class=\"pager-gap\""));
        Assert.Contains("Syvä idea 54<", middle);

        Assert.Contains("Syvä idea 0<", await site.ReadAsync(url + "?sivu=99999"));
        foreach (var odd in new[] { "-3", "abc", "" })
        {
            Assert.Contains("Syvä idea 94<", await site.ReadAsync(url + "?sivu=" + odd));
        }
    }
}
