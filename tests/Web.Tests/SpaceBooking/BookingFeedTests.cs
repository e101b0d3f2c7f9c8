using System.Net;
using System.Text;
using Ical.Net;
using Microsoft.Extensions.DependencyInjection;
using Participation.Extensions.SpaceBooking.Decisions;
using Participation.Web.Tests.Infrastructure;

namespace Participation.Web.Tests.SpaceBooking;

/// <summary>The per-space .ics feed read by an independent parser (Ical.Net): valid RFC 5545, Helsinki wall-clock times, approved bookings only, nobody's name.</summary>
public sealed class BookingFeedTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    [Fact]
    public async Task TheFeedParsesWithAnIndependentParserAndShowsTheBookedHelsinkiTimes()
    {
        var decisions = site.Services.GetRequiredService<BookingDecisions>();
        var summer = NextSummerDay(); // summer time, UTC+3
        var winterDay = site.Day(30);
        var inSummer = await site.RequestedAsync(BookingOnSite.Answers(summer, "17:30", "19:00", "Kesä Kalle"));
        var inWinter = await site.RequestedAsync(BookingOnSite.Answers(winterDay, "08:00", "09:30", "Talvi Tiina"));
        var pending = await site.RequestedAsync(BookingOnSite.Answers(winterDay, "12:00", "13:00", "Odottava Olli"));
        await decisions.ApproveAsync(inSummer.Id, "editor", CancellationToken.None);
        await decisions.ApproveAsync(inWinter.Id, "editor", CancellationToken.None);
        using var client = site.CreateClient();
        var path = $"/tilat/{site.Space().Key}/varaukset.ics";

        var response = await client.GetAsync(path);
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/calendar", response.Content.Headers.ContentType?.MediaType);
        Assert.All(text.Split("\r\n"), line => Assert.True(Encoding.UTF8.GetByteCount(line) <= 75, $"line longer than 75 octets: {line}"));
        Assert.DoesNotContain('\n', text.Replace("\r\n", "", StringComparison.Ordinal));
        Assert.Contains("BEGIN:VTIMEZONE\r\nTZID:Europe/Helsinki", text, StringComparison.Ordinal);

        var calendar = Calendar.Load(text)!;
        var events = calendar.Events.ToList();
        Assert.Equal(2, events.Count);
        var july = events.Single(e => e.Uid == $"{inSummer.Id:N}@localhost");
        Assert.Equal("Europe/Helsinki", july.DtStart!.TzId);
        Assert.Equal(DateTime.Parse(summer + "T17:30:00", System.Globalization.CultureInfo.InvariantCulture), july.DtStart.Value);
        Assert.Equal(DateTime.SpecifyKind(inSummer.StartUtc, DateTimeKind.Utc), july.DtStart.AsUtc);
        Assert.Equal(14, july.DtStart.AsUtc.Hour); // 17:30 in Helsinki in summer is 14:30 UTC
        var winter = events.Single(e => e.Uid == $"{inWinter.Id:N}@localhost");
        Assert.Equal(8, winter.DtStart!.Value.Hour);
        Assert.Equal(DateTime.SpecifyKind(inWinter.StartUtc, DateTimeKind.Utc), winter.DtStart.AsUtc);
        Assert.Equal(DateTime.SpecifyKind(inWinter.EndUtc, DateTimeKind.Utc), winter.DtEnd!.AsUtc);
        Assert.DoesNotContain(events, e => e.Uid!.StartsWith(pending.Id.ToString("N"), StringComparison.Ordinal));
        foreach (var personal in new[] { "Kalle", "Tiina", "Olli", "example.fi", "lukupiiri", "Kokous" })
        {
            Assert.DoesNotContain(personal, text, StringComparison.OrdinalIgnoreCase);
        }

        // The same booking keeps its UID from one fetch to the next, so calendars update it instead of adding a copy.
        Assert.Contains($"UID:{inWinter.Id:N}@localhost", await client.GetStringAsync(path), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/tilat/{Guid.NewGuid()}/varaukset.ics")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/tilat/{site.Snapshot.Home!.Key}/varaukset.ics")).StatusCode);
    }

    private string NextSummerDay()
    {
        var today = site.Clock.GetUtcNow().UtcDateTime.Date;
        // Summer time either way, and well inside the year ahead that requests and the feed cover.
        var july = today < new DateTime(today.Year, 7, 15, 0, 0, 0, DateTimeKind.Utc) ? new DateTime(today.Year, 7, 15, 0, 0, 0, DateTimeKind.Utc) : new DateTime(today.Year + 1, 6, 1, 0, 0, 0, DateTimeKind.Utc);
        return july.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
    }
}
