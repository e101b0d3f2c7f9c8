using System.Globalization;
using Participation.Extensions.Registration;
using Participation.Web.Tests.Infrastructure;

namespace Participation.Web.Tests.PublicSite;

public sealed class EventPageTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    [Fact]
    public async Task AnUpcomingTableShowsHelsinkiTimeVenueMapAndTheDeadlineTwoDaysBefore()
    {
        var table = site.Snapshot.OfType("partnershipTable")
            .Where(t => EventSchedule.StartOf(t, "fi") > site.Clock.Now.AddDays(3))
            .OrderBy(t => EventSchedule.StartOf(t, "fi"))
            .First();
        var start = TimeZoneInfo.ConvertTime(EventSchedule.StartOf(table, "fi")!.Value, TimeZoneInfo.FindSystemTimeZoneById("Europe/Helsinki"));
        var deadline = start.AddDays(-(table.Value<int?>("registrationDeadlineDays", "fi") ?? 2));

        var html = System.Net.WebUtility.HtmlDecode(await site.CreateClient().GetStringAsync(table.Url("fi")));

        Assert.Contains(start.ToString("d.M.yyyy 'klo' H.mm", CultureInfo.GetCultureInfo("fi-FI")), html);
        Assert.Contains("Ilmoittaudu viimeistään " + deadline.ToString("ddd d.M.yyyy 'klo' H.mm", CultureInfo.GetCultureInfo("fi-FI")), html);
        Assert.Contains("openstreetmap.org", html);
    }

    [Fact]
    public async Task ATableWithoutTimeAndPlaceSaysTheyWillBeAnnouncedLater()
    {
        var table = site.Snapshot.OfType("partnershipTable").First(t => t.Value<bool>("venueToBeAnnounced", "fi"));

        var html = System.Net.WebUtility.HtmlDecode(await site.CreateClient().GetStringAsync(table.Url("fi")));

        Assert.Contains("Aika ja paikka ilmoitetaan myöhemmin.", html);
        Assert.DoesNotContain("Ilmoittaudu viimeistään", html);
    }

    [Fact]
    public async Task TheListShowsUpcomingSoonestFirstAndPastInTheArchive()
    {
        var html = System.Net.WebUtility.HtmlDecode(await site.CreateClient().GetStringAsync("/kumppanuuspoydat/"));
        var upcoming = site.Snapshot.OfType("partnershipTable")
            .Where(t => !EventSchedule.IsPast(t, "fi", site.Clock.Now) && EventSchedule.StartOf(t, "fi") is not null)
            .OrderBy(t => EventSchedule.StartOf(t, "fi"))
            .Select(t => t.Name("fi"))
            .ToList();
        var past = site.Snapshot.OfType("partnershipTable").Where(t => EventSchedule.IsPast(t, "fi", site.Clock.Now)).ToList();

        var positions = upcoming.Select(name => html.IndexOf(name, StringComparison.Ordinal)).ToList();
        Assert.All(positions, p => Assert.True(p >= 0));
        Assert.Equal(positions.Order(), positions);
        Assert.NotEmpty(past);
        var archive = html.IndexOf("Menneet tilaisuudet", StringComparison.Ordinal);
        Assert.True(archive > positions.Max());
        Assert.True(html.IndexOf(past[0].Name("fi"), archive, StringComparison.Ordinal) > archive);
    }
}
