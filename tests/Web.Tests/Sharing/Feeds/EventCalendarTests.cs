using System.Net;
using Ical.Net;
using Participation.Web.Tests.Infrastructure;

namespace Participation.Web.Tests.Sharing.Feeds;

/// <summary>The events calendar and single-event files as a calendar reads them (Ical.Net), in Helsinki time across a clock change.</summary>
public sealed class EventCalendarTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    private static readonly TimeZoneInfo Helsinki = TimeZoneInfo.FindSystemTimeZoneById("Europe/Helsinki");

    [Fact]
    public async Task TheCalendarHoldsEveryUpcomingEventWithATime()
    {
        var calendar = await LoadAsync("/feeds/events.ics");

        var upcoming = site.Snapshot.OfType("partnershipTable").Where(e => e.Value<DateTimeOffset?>("startTime", "fi") is { } s && s > site.Clock.Now).ToList();
        Assert.NotEmpty(upcoming);
        foreach (var item in upcoming)
        {
            var ev = Assert.Single(calendar.Events, e => e.Uid!.StartsWith(item.Key.ToString("N"), StringComparison.Ordinal));
            Assert.Equal(item.Name("fi"), ev.Summary);
            Assert.Equal(item.Value<DateTimeOffset?>("startTime", "fi")!.Value.UtcDateTime, ev.DtStart!.AsUtc);
            Assert.Equal("Europe/Helsinki", ev.DtStart.TzId);
        }
    }

    [Fact]
    public async Task ACalendarPerProjectAndPerMunicipalityHoldsOnlyItsEvents()
    {
        var item = site.Snapshot.OfType("partnershipTable").First(e => e.HasValue("project", "fi") && e.Value<DateTimeOffset?>("startTime", "fi") > site.Clock.Now);
        var project = site.Snapshot.Picked(item, "project", "fi")!;

        var perProject = await LoadAsync($"/feeds/events.ics?project={project.Key}");
        Assert.Contains(perProject.Events, e => e.Summary == item.Name("fi"));
        Assert.All(perProject.Events, e => Assert.Equal(project.Key, site.Snapshot.Picked(site.Snapshot.OfType("partnershipTable").Single(p => p.Name("fi") == e.Summary), "project", "fi")!.Key));

        await site.PublishEventAsync("Kuntakalenterin pöytä", site.Clock.Now.AddDays(20).Date.AddHours(17.5), city: "Kontiolahti");
        var perMunicipality = await LoadAsync("/feeds/events.ics?municipality=kontiolahti");
        Assert.Equal("Kuntakalenterin pöytä", Assert.Single(perMunicipality.Events).Summary);
    }

    [Fact]
    public async Task TimesStayOnHelsinkiClockAcrossAChangeToOrFromSummerTime()
    {
        // The day of the first clock change at least a few days ahead (it happens at 01:00 UTC), wherever in the year the test runs.
        var day = site.Clock.Now.UtcDateTime.Date.AddDays(3);
        while (Helsinki.GetUtcOffset(day) == Helsinki.GetUtcOffset(day.AddDays(1)))
        {
            day = day.AddDays(1);
        }

        var before = await site.PublishEventAsync("Pöytä ennen kellojen siirtoa", day.AddDays(-1).AddHours(17.5));
        var after = await site.PublishEventAsync("Pöytä kellojen siirron jälkeen", day.AddDays(1).AddHours(17.5));

        var calendar = await LoadAsync("/feeds/events.ics");
        foreach (var key in new[] { before, after })
        {
            var ev = Assert.Single(calendar.Events, e => e.Uid!.StartsWith(key.ToString("N"), StringComparison.Ordinal));
            var local = TimeZoneInfo.ConvertTimeFromUtc(ev.DtStart!.AsUtc, Helsinki);
            Assert.Equal(new TimeSpan(17, 30, 0), local.TimeOfDay);
            Assert.Equal(new TimeSpan(20, 30, 0), TimeZoneInfo.ConvertTimeFromUtc(ev.DtEnd!.AsUtc, Helsinki).TimeOfDay);
        }

        var offsets = new[] { before, after }.Select(k => calendar.Events.Single(e => e.Uid!.StartsWith(k.ToString("N"), StringComparison.Ordinal)))
            .Select(e => Helsinki.GetUtcOffset(e.DtStart!.AsUtc)).ToList();
        Assert.NotEqual(offsets[0], offsets[1]);

        var one = await LoadAsync($"/feeds/events/{after}.ics");
        Assert.Equal("Pöytä kellojen siirron jälkeen", Assert.Single(one.Events).Summary);
    }

    [Fact]
    public async Task BadCalendarRequestsAreProblemsNotErrors()
    {
        var client = site.CreateClient();
        foreach (var path in new[] { "/feeds/events.ics?project=abc", "/feeds/events.ics?municipality=", "/feeds/events.ics?project=" + Guid.NewGuid() + "&municipality=x", "/feeds/events/abc.ics", "/feeds/events/" + Guid.NewGuid() + ".ics?lang=de" })
        {
            var response = await client.GetAsync(path);
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        }

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/feeds/events/" + Guid.NewGuid() + ".ics")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/feeds/events.ics?municipality=Atlantis")).StatusCode);
    }

    private async Task<Calendar> LoadAsync(string path)
    {
        var response = await site.CreateClient().GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/calendar", response.Content.Headers.ContentType?.MediaType);
        return Calendar.Load(await response.Content.ReadAsStringAsync())!;
    }
}
