using System.Globalization;
using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Participation.Extensions.SpaceBooking.Calendar;
using Participation.Extensions.SpaceBooking.Decisions;
using Participation.Web.Tests.Forms;
using Participation.Web.Tests.Infrastructure;

namespace Participation.Web.Tests.SpaceBooking;

/// <summary>The space page as a browser without script uses it: the booking form, its refusals, and the week of taken times.</summary>
public sealed class SpaceBookingPageTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    private static readonly Guid BookingForm = SeededFormIds.SpaceBooking;

    [Fact]
    public async Task ARequestOverlappingAnApprovedBookingIsRefusedWithTheTakenTimeNextToTheStartTime()
    {
        var day = site.Day(20);
        var approved = await site.RequestedAsync(BookingOnSite.Answers(day, "17:00", "19:00"));
        Assert.IsType<BookingDecision.Done>(await site.Services.GetRequiredService<BookingDecisions>().ApproveAsync(approved.Id, "editor", CancellationToken.None));
        var url = site.Space().Url("fi")!;
        using var client = new FormPageClient(site);
        var before = await FormPageClient.CountEntriesAsync(site, BookingForm);

        var overlapping = await client.PostAsync(url, await client.OpenAsync(url, "spaceBooking"), Answers(day, "18:00", "20:00"));
        var html = WebUtility.HtmlDecode(await overlapping.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.BadRequest, overlapping.StatusCode);
        var shown = DateOnly.ParseExact(day, "yyyy-MM-dd", CultureInfo.InvariantCulture).ToString("d.M.yyyy", CultureInfo.InvariantCulture);
        var message = $"Tila on jo varattu {shown} klo 17:00–19:00.";
        Assert.Contains(message, html, StringComparison.Ordinal);
        var field = html.IndexOf("id=\"spaceBooking-startTime-error\"", StringComparison.Ordinal);
        Assert.True(field > 0, "the message is not next to the start time");
        Assert.Contains(message, html[field..(field + 300)], StringComparison.Ordinal);
        Assert.Contains("value=\"18:00\"", html, StringComparison.Ordinal); // the answers are kept
        Assert.Equal(before, await FormPageClient.CountEntriesAsync(site, BookingForm));

        // Starting when the approved booking ends is not an overlap.
        var after = await client.PostAsync(url, await client.OpenAsync(url, "spaceBooking"), Answers(day, "19:00", "20:30"));
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.Equal(before + 1, await FormPageClient.CountEntriesAsync(site, BookingForm));
    }

    [Fact]
    public async Task BadTimesAndEquipmentTheSpaceLacksAreRefusedNextToTheirFields()
    {
        var url = site.Space().Url("fi")!;
        using var client = new FormPageClient(site);
        var before = await FormPageClient.CountEntriesAsync(site, BookingForm);
        var page = await client.Http.GetStringAsync(url);
        Assert.Contains("value=\"datatykki\"", page, StringComparison.Ordinal); // the space's own equipment tags are the options
        Assert.DoesNotContain("value=\"projector\"", page, StringComparison.Ordinal);

        var cases = new (string Field, (string, string)[] Answers, string Message)[]
        {
            ("endTime", Answers(site.Day(21), "18:00", "17:00"), "Päättymisajan on oltava alkamisajan jälkeen"),
            ("date", Answers(site.Day(-1), "18:00", "19:00"), "Päivämäärä on jo mennyt"),
            ("date", Answers(site.Day(800), "18:00", "19:00"), "enintään 365 päivää eteenpäin"),
            ("equipment", [.. Answers(site.Day(21), "18:00", "19:00"), ("equipment", "projector")], "valitse jokin annetuista vaihtoehdoista"),
            ("attendees", [.. Answers(site.Day(21), "18:00", "19:00").Where(a => a.Item1 != "attendees"), ("attendees", "31")], "1–30"),
        };
        foreach (var (field, answers, message) in cases)
        {
            var response = await client.PostAsync(url, await client.OpenAsync(url, "spaceBooking"), answers);
            var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
            Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{field}: {(int)response.StatusCode}");
            var at = html.IndexOf($"id=\"spaceBooking-{field}-error\"", StringComparison.Ordinal);
            Assert.True(at > 0, $"no message next to {field}");
            Assert.Contains(message, html[at..(at + 400)], StringComparison.Ordinal);
        }

        var withTags = await client.PostAsync(url, await client.OpenAsync(url, "spaceBooking"), [.. Answers(site.Day(21), "18:00", "19:00"), ("equipment", "datatykki"), ("equipment", "kahvinkeitin")]);
        Assert.Equal(HttpStatusCode.Redirect, withTags.StatusCode);
        Assert.Equal(before + 1, await FormPageClient.CountEntriesAsync(site, BookingForm));
        var stored = (await site.BookingsAsync()).Single(b => b.EquipmentList.Count > 0);
        Assert.Equal(["datatykki", "kahvinkeitin"], stored.EquipmentList);
    }

    [Fact]
    public async Task TheCalendarShowsTheWeeksTakenTimesButNotWhoBookedThem()
    {
        var day = site.Day(22);
        var approved = await site.RequestedAsync(BookingOnSite.Answers(day, "09:15", "10:45", "Salainen Sanna"));
        await site.Services.GetRequiredService<BookingDecisions>().ApproveAsync(approved.Id, "editor", CancellationToken.None);
        await site.RequestedAsync(BookingOnSite.Answers(day, "13:00", "14:00", "Piilotettu Pekka"));
        var date = DateOnly.ParseExact(day, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        var week = AvailabilityWeek.WeekOf(AvailabilityCalendar.MondayOf(date));
        using var client = site.CreateClient();

        var html = WebUtility.HtmlDecode(await client.GetStringAsync(site.Space().Url("fi") + "?week=" + week));

        var calendar = html[html.IndexOf("id=\"availability\"", StringComparison.Ordinal)..html.IndexOf("id=\"form-spaceBooking\"", StringComparison.Ordinal)];
        Assert.Contains($"<time datetime=\"{day}T09:15+0", calendar, StringComparison.Ordinal);
        Assert.Contains(">9.15</time>–<time", calendar, StringComparison.Ordinal);
        Assert.Contains("10.45</time> varattu", calendar, StringComparison.Ordinal);
        Assert.Contains("14.00</time> odottaa vahvistusta", calendar, StringComparison.Ordinal);
        Assert.Contains($"/tilat/{site.Space().Key}/varaukset.ics", calendar, StringComparison.Ordinal);
        foreach (var personal in new[] { "Salainen", "Sanna", "salainen.sanna@example.fi", "Pekka", "lukupiiri" })
        {
            Assert.DoesNotContain(personal, html, StringComparison.OrdinalIgnoreCase);
        }

        // A malformed or far-off week shows a week that can be shown rather than failing.
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(site.Space().Url("fi") + "?week=2019-W99")).StatusCode);
        Assert.Contains("Viikko", await client.GetStringAsync(site.Space().Url("fi") + "?week=3000-W01"), StringComparison.Ordinal);
    }

    private static (string, string)[] Answers(string date, string start, string end) =>
    [
        ("association", "Kontiolahden kuoro"), ("contactName", "Kaisa Kuoro"), ("email", "kaisa@example.fi"), ("phone", "040 765 4321"),
        ("date", date), ("startTime", start), ("endTime", end), ("purpose", "Harjoitus"), ("attendees", "12"), ("consent", "on"),
    ];
}
