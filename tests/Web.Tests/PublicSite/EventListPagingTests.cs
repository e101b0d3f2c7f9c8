using System.Net;
using Participation.Web.Tests.Infrastructure;

namespace Participation.Web.Tests.PublicSite;

/// <summary>The events page lists its upcoming and past events a page at a time, each list by its own pager.</summary>
public sealed class EventListPagingTests(SiteFactory site) : IClassFixture<SiteFactory>, IAsyncLifetime
{
    public async Task InitializeAsync()
    {
        if (site.Snapshot.OfType("partnershipTable").Any(e => e.Name("fi").StartsWith("Sivutettu", StringComparison.Ordinal)))
        {
            return;
        }

        // Made out of order, so the page's order is the site's work and not the order of creation.
        var now = site.Clock.Now;
        for (var i = 0; i < 30; i++)
        {
            var day = (i * 7) % 30;
            await EventList.CreateAsync(site, $"Sivutettu tuleva {day:00}", now.AddDays(1 + day).AddHours(9));
            await EventList.CreateAsync(site, $"Sivutettu mennyt {day:00}", now.AddDays(-2 - day).AddHours(9));
        }
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task FollowingThePagersLinksListsEveryEventOnceInTheOrderOfTheWholeList()
    {
        var client = site.CreateClient();
        var (expectedUpcoming, expectedPast) = EventList.Expected(site, site.Clock.Now);
        var upcoming = new List<string>();
        var past = new List<string>();
        var pages = 0;
        for (var url = EventList.Url; url is not null; pages++)
        {
            var page = await EventList.ReadAsync(client, url);
            upcoming.AddRange(EventList.Upcoming(page));
            Assert.InRange(EventList.Upcoming(page).Count, 1, 12);
            url = EventList.NextUpcoming(page);
        }

        for (var url = EventList.Url; url is not null;)
        {
            var page = await EventList.ReadAsync(client, url);
            past.AddRange(EventList.Archive(page));
            Assert.InRange(EventList.Archive(page).Count, 1, 20);
            url = EventList.NextArchive(page);
        }

        Assert.True(pages >= 3, $"{expectedUpcoming.Count} upcoming events fit on {pages} pages");
        Assert.Equal(expectedUpcoming, upcoming);
        Assert.Equal(expectedPast, past);
    }

    [Fact]
    public async Task PageTwoStartsWhereThePageOneEndedAndSaysWhichPageItIs()
    {
        var client = site.CreateClient();
        var (upcoming, past) = EventList.Expected(site, site.Clock.Now);

        var second = await EventList.ReadAsync(client, EventList.Url + "?sivu=2");
        var archiveSecond = await EventList.ReadAsync(client, EventList.Url + "?arkisto=2");

        Assert.Equal(upcoming.Skip(12).Take(12), EventList.Upcoming(second));
        Assert.Equal(past.Take(20), EventList.Archive(second)); // the other list stays on its first page
        Assert.Contains($"Sivu 2 / {(upcoming.Count + 11) / 12}", second.QuerySelector("nav.pager .pager-status")!.TextContent);
        Assert.Equal(EventList.Url + "?sivu=3", EventList.NextUpcoming(second));
        Assert.Equal(past.Skip(20).Take(20), EventList.Archive(archiveSecond));
        Assert.Equal(upcoming.Take(12), EventList.Upcoming(archiveSecond));
        Assert.Equal(EventList.Url + "#archive-heading", archiveSecond.QuerySelector(".archive nav.pager a[rel=prev]")!.GetAttribute("href"));

        // Two pagers on one page are two navigation landmarks, so each has its own name.
        var names = second.QuerySelectorAll("nav.pager").Select(n => n.GetAttribute("aria-label")).ToList();
        Assert.Equal(["Tulevien tilaisuuksien sivut", "Menneiden tilaisuuksien sivut"], names);
    }

    [Theory]
    [InlineData("?sivu=999", "last", "first")]
    [InlineData("?sivu=99999999999", "first", "first")]
    [InlineData("?sivu=-3", "first", "first")]
    [InlineData("?sivu=kaksi", "first", "first")]
    [InlineData("?arkisto=500", "first", "last")]
    [InlineData("?arkisto=0&sivu=", "first", "first")]
    public async Task APageNumberOutOfRangeOrUnreadableShowsTheNearestPage(string query, string upcomingPage, string archivePage)
    {
        var client = site.CreateClient();
        var (upcoming, past) = EventList.Expected(site, site.Clock.Now);
        var lastUpcoming = upcoming.Chunk(12).Last();
        var lastPast = past.Chunk(20).Last();

        var response = await client.GetAsync(EventList.Url + query);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
        Assert.Equal(upcomingPage == "last" ? lastUpcoming : upcoming.Take(12), EventList.Upcoming(page));
        Assert.Equal(archivePage == "last" ? lastPast : past.Take(20), EventList.Archive(page));
    }

    [Fact]
    public async Task ASwedishReaderPagesTheFinnishOnlyEventsMarkedAsFinnish()
    {
        var client = site.CreateClient();
        var (upcoming, past) = EventList.Expected(site, site.Clock.Now, "sv");
        var events = site.Snapshot.OfType("events").Single();

        var first = await EventList.ReadAsync(client, events.Url("sv")!);
        var second = await EventList.ReadAsync(client, EventList.NextUpcoming(first)!);

        Assert.Equal("sv", first.DocumentElement.GetAttribute("lang"));
        Assert.Equal(upcoming.Skip(12).Take(12), EventList.Upcoming(second));
        Assert.Equal(past.Take(20), EventList.Archive(second));
        var finnishOnly = second.QuerySelectorAll(".cards .event-card").Where(c => c.TextContent.Contains("Sivutettu", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(finnishOnly);
        Assert.All(finnishOnly, card => Assert.Equal("fi", card.GetAttribute("lang")));
        Assert.Equal("Sidor med kommande evenemang", second.QuerySelector("nav.pager")!.GetAttribute("aria-label"));
    }
}
