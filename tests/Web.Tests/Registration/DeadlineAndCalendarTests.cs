using System.Net;
using Ical.Net;
using Participation.Web.Tests.Forms;
using Participation.Web.Tests.Infrastructure;

namespace Participation.Web.Tests.Registration;

public sealed class DeadlineAndCalendarTests
{
    // Summer time begins in Helsinki on Sunday 28.3.2027 at 03.00. An event on Monday 29.3. at 18.00 (+03) with two days'
    // notice closes on Saturday 27.3. at 18.00 wall-clock time, which is still winter time (+02): 16.00 UTC. Counting 48
    // hours back from the start would close it an hour early, at 15.00 UTC.
    private static readonly DateTimeOffset Start = new(2027, 3, 29, 18, 0, 0, TimeSpan.FromHours(3));

    [Fact]
    public async Task ASignUpAfterTheDeadlineIsRefusedWithTheDeadlineCountedInWallClockTimeAcrossTheChangeToSummerTime()
    {
        await using var site = new SiteFactory { Clock = new TestClock(new DateTimeOffset(2027, 3, 20, 12, 0, 0, TimeSpan.Zero)) };
        var (key, url) = await site.CreateEventAsync("Kevään kumppanuuspöytä", Start, capacity: 30, waitlist: false);
        using var early = new FormPageClient(site);
        using var late = new FormPageClient(site);
        var earlyForm = await early.OpenAsync(url, "eventRegistration");
        var lateForm = await late.OpenAsync(url, "eventRegistration");

        site.Clock.Now = new DateTimeOffset(2027, 3, 27, 15, 30, 0, TimeSpan.Zero); // 17.30 in Helsinki: half an hour left
        var inTime = await early.PostAsync(url, earlyForm, RegistrationSite.Person("Ajoissa", "ajoissa@example.fi"));
        site.Clock.Now = new DateTimeOffset(2027, 3, 27, 15, 59, 50, TimeSpan.Zero);
        var tooLate = await late.PostAsync(url, lateForm, RegistrationSite.Person("Myöhässä", "myohassa@example.fi")); // the client adds 10 s: 16.00.00 UTC

        Assert.Equal(HttpStatusCode.Redirect, inTime.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, tooLate.StatusCode);
        Assert.Contains("Ilmoittautuminen päättyi la 27.3.2027 klo 18.00.", WebUtility.HtmlDecode(await tooLate.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal(["ajoissa@example.fi"], (await site.RegistrationsAsync(key)).Select(r => r.Email));
        var closedPage = WebUtility.HtmlDecode(await site.CreateClient().GetStringAsync(url));
        Assert.Contains("Ilmoittautuminen päättyi la 27.3.2027 klo 18.00.", closedPage, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"form-eventRegistration\"", closedPage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheConfirmationsCalendarFileParsesAndShowsTheEventAtItsHelsinkiTime()
    {
        await using var site = new SiteFactory { Clock = new TestClock(new DateTimeOffset(2027, 3, 20, 12, 0, 0, TimeSpan.Zero)) };
        var (_, url) = await site.CreateEventAsync("Kalenterin kumppanuuspöytä; osa 1, \"ilta\"", Start, capacity: 30, waitlist: false);
        await site.SignUpAsync(url, "Kaisa", "kaisa@example.fi");

        var mail = Assert.Single(await site.MailsAsync(), m => m.To.Mailboxes.Single().Address == "kaisa@example.fi");
        var text = RegistrationSite.Calendar(mail);
        var calendar = Calendar.Load(text)!;

        var item = Assert.Single(calendar.Events);
        Assert.Equal("REQUEST", calendar.Method);
        Assert.Equal("Kalenterin kumppanuuspöytä; osa 1, \"ilta\"", item.Summary);
        Assert.Equal("Europe/Helsinki", item.DtStart!.TzId);
        Assert.Equal(new DateTime(2027, 3, 29, 18, 0, 0), item.DtStart.Value);
        Assert.Equal(new DateTime(2027, 3, 29, 15, 0, 0, DateTimeKind.Utc), item.DtStart.AsUtc);
        Assert.Equal(new DateTime(2027, 3, 29, 18, 0, 0, DateTimeKind.Utc), item.DtEnd!.AsUtc);
        Assert.Contains("Kylätalo Honkala", item.Location, StringComparison.Ordinal);
        Assert.Single(calendar.TimeZones, z => z.TzId == "Europe/Helsinki");
        Assert.All(text.Split("\r\n"), line => Assert.True(System.Text.Encoding.UTF8.GetByteCount(line) <= 75, line));
    }
}
