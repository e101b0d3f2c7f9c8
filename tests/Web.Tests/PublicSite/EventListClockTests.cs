using Participation.Web.Tests.Infrastructure;
using Participation.Web.Tests.Registration;

namespace Participation.Web.Tests.PublicSite;

/// <summary>
/// Which events are upcoming moves with the clock though nothing is published, and a publish changes the order on the
/// next request: the events page and the home page agree with the whole list sorted the slow way.
/// </summary>
public sealed class EventListClockTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    [Fact]
    public async Task AnEventMovesToTheArchiveWhenItEndsAndALongOneStaysUpcomingUntilItsEnd()
    {
        var client = site.CreateClient();
        var start = site.Clock.Now;
        await EventList.CreateAsync(site, "Kellon tilaisuus", start.AddHours(1), start.AddHours(4));
        await EventList.CreateAsync(site, "Pitkä näyttely", start.AddDays(-10), start.AddDays(10));
        await EventList.CreateAsync(site, "Näyttelyn aikana päättynyt", start.AddDays(-2), start.AddDays(-2).AddHours(2));
        try
        {
            var now = await ReadAsync(client);
            Assert.Equal("Pitkä näyttely", now.Upcoming[0]); // started ten days ago and still on: upcoming, first
            Assert.Contains("Kellon tilaisuus", now.Upcoming);
            Assert.Contains("Näyttelyn aikana päättynyt", now.Past);

            site.Clock.Now = start.AddHours(2);
            var during = await ReadAsync(client);
            Assert.Contains("Kellon tilaisuus", during.Upcoming);
            Assert.DoesNotContain("Kellon tilaisuus", during.Past);

            site.Clock.Now = start.AddHours(5);
            var after = await ReadAsync(client);
            Assert.DoesNotContain("Kellon tilaisuus", after.Upcoming);
            Assert.Equal("Kellon tilaisuus", after.Past[0]); // the newest of the past
            Assert.DoesNotContain("Kellon tilaisuus", after.Home);

            site.Clock.Now = start.AddDays(11);
            var later = await ReadAsync(client);
            Assert.Contains("Pitkä näyttely", later.Past);
            Assert.DoesNotContain("Pitkä näyttely", later.Upcoming);
        }
        finally
        {
            site.Clock.Now = start;
        }
    }

    [Fact]
    public async Task APublishedNewStartTimeMovesTheEventOnTheNextRequest()
    {
        var client = site.CreateClient();
        var (key, _) = await site.CreateEventAsync("Siirtyvä kumppanuuspöytä", site.Clock.Now.AddDays(40), capacity: 10, waitlist: false);
        var before = await ReadAsync(client);

        await site.EditEventAsync(key, draft =>
        {
            draft.Values["startTime"] = EventList.Iso(site.Clock.Now.AddMinutes(30));
            draft.Values["endTime"] = EventList.Iso(site.Clock.Now.AddMinutes(90));
        });
        var after = await ReadAsync(client);

        Assert.True(after.Upcoming.IndexOf("Siirtyvä kumppanuuspöytä") < before.Upcoming.IndexOf("Siirtyvä kumppanuuspöytä") || !before.Upcoming.Contains("Siirtyvä kumppanuuspöytä"));
        Assert.Contains("Siirtyvä kumppanuuspöytä", after.Home);
    }

    /// <summary>The first page of each list and the home page's events, each checked against the whole list sorted.</summary>
    private async Task<(List<string> Upcoming, List<string> Past, List<string> Home)> ReadAsync(HttpClient client)
    {
        var page = await EventList.ReadAsync(client, EventList.Url);
        var home = await EventList.ReadAsync(client, "/");
        var (upcoming, past) = EventList.Expected(site, site.Clock.Now);
        var shown = (Upcoming: EventList.Upcoming(page), Past: EventList.Archive(page),
            Home: home.QuerySelectorAll("section[aria-labelledby=events-heading] .card-title a").Select(a => a.TextContent).ToList());
        Assert.Equal(upcoming.Take(12), shown.Upcoming);
        Assert.Equal(past.Take(20), shown.Past);
        Assert.Equal(upcoming.Take(3), shown.Home);
        return shown;
    }
}
