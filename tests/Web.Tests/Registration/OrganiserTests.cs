using System.Net;
using Ical.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Participation.Cms.Backoffice.Security;
using Participation.Extensions.Forms.Entries;
using Participation.Extensions.Registration.Seats;
using Participation.Web.Tests.Backoffice;
using Participation.Web.Tests.Forms;
using Participation.Web.Tests.Infrastructure;

namespace Participation.Web.Tests.Registration;

public sealed class OrganiserTests
{
    [Fact]
    public async Task AnEditorSeesDietsAndTheCaterersSummaryAndAWriterSeesOnlyNamesAndCountsAndCannotExport()
    {
        await using var site = new SiteFactory();
        var (key, url) = await SignedUpAsync(site);
        var editor = await BackofficeSession.SignInAsync(site, BackofficeRoles.Editor);
        var writer = await BackofficeSession.SignInAsync(site, BackofficeRoles.Writer);

        var forEditor = WebUtility.HtmlDecode(await editor.Client.GetStringAsync($"/umbraco/registrations/{key}"));
        var forWriter = WebUtility.HtmlDecode(await writer.Client.GetStringAsync($"/umbraco/registrations/{key}"));
        var export = await editor.Client.GetAsync($"/umbraco/registrations/{key}?handler=Export&format=csv");
        var writerExport = await writer.Client.GetAsync($"/umbraco/registrations/{key}?handler=Export&format=csv");

        Assert.Contains("3 osallistujaa: 2 gluteeniton, 1 vegaaninen, muu: pähkinäallergia", forEditor, StringComparison.Ordinal);
        Assert.Contains("Jonossa, sija 1", forEditor, StringComparison.Ordinal);
        Assert.Contains("Pyörätuoli", forEditor, StringComparison.Ordinal);
        Assert.Contains("Aino Aaltonen", forWriter, StringComparison.Ordinal);
        Assert.DoesNotContain("Pyörätuoli", forWriter, StringComparison.Ordinal);
        Assert.DoesNotContain("gluteeniton", forWriter, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("pähkinä", forWriter, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, export.StatusCode);
        var csv = await export.Content.ReadAsStringAsync();
        Assert.Contains("Aino Aaltonen", csv, StringComparison.Ordinal);
        Assert.Contains("Gluteeniton", csv, StringComparison.Ordinal);
        Assert.NotEqual(HttpStatusCode.OK, writerExport.StatusCode);
        Assert.DoesNotContain("Aino", await writerExport.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.NotNull(url);
    }

    [Fact]
    public async Task AttendanceIsSavedForTheRowsShownAndAnEmptyBoxMeansAbsent()
    {
        await using var site = new SiteFactory();
        var (key, _) = await SignedUpAsync(site);
        var editor = await BackofficeSession.SignInAsync(site, BackofficeRoles.Editor);
        var rows = (await site.RegistrationsAsync(key)).ToDictionary(r => r.Email);
        var page = $"/umbraco/registrations/{key}";

        var present = await editor.PostFormAsync(page, new() { ["shown"] = rows["aino@example.fi"].Id.ToString(), ["attended"] = rows["aino@example.fi"].Id.ToString() }, page + "?handler=Attendance");
        var absent = await editor.PostFormAsync(page, new() { ["shown"] = rows["bruno@example.fi"].Id.ToString() }, page + "?handler=Attendance");

        Assert.Equal(HttpStatusCode.Redirect, present.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, absent.StatusCode);
        var after = (await site.RegistrationsAsync(key)).ToDictionary(r => r.Email);
        Assert.True(after["aino@example.fi"].Attended);
        Assert.False(after["bruno@example.fi"].Attended);
        Assert.Null(after["cilla@example.fi"].Attended);
    }

    [Fact]
    public async Task AMailToEveryoneReachesEachPersonRegisteredOrWaitingAndABadMessageIsShownNextToItsField()
    {
        await using var site = new SiteFactory();
        var (key, _) = await SignedUpAsync(site);
        var editor = await BackofficeSession.SignInAsync(site, BackofficeRoles.Editor);
        var page = $"/umbraco/registrations/{key}";
        var before = (await site.MailsAsync()).Count;

        var tooLong = await editor.PostFormAsync(page, new() { ["Subject"] = "Pysäköinti", ["Message"] = new string('x', 1501) }, page + "?handler=Mail");
        var sent = await editor.PostFormAsync(page, new() { ["Subject"] = "Pysäköinti", ["Message"] = "Pysäköikää koulun pihalle." }, page + "?handler=Mail");

        Assert.Equal(HttpStatusCode.BadRequest, tooLong.StatusCode);
        Assert.Contains("Kirjoita viesti, enintään 1500 merkkiä.", WebUtility.HtmlDecode(await tooLong.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        var mails = (await site.MailsAsync()).Where(m => m.Subject == "Pysäköinti").ToList();
        Assert.Equal(["aino@example.fi", "bruno@example.fi", "cilla@example.fi"], mails.Select(m => m.To.Mailboxes.Single().Address).Order());
        Assert.All(mails, m => Assert.Contains("Pysäköikää koulun pihalle.", m.TextBody, StringComparison.Ordinal));
        Assert.True(before > 0);
    }

    [Fact]
    public async Task CallingAnEventOffNeedsConfirmationThenCancelsEveryoneWithACalendarCancellation()
    {
        await using var site = new SiteFactory();
        var (key, _) = await SignedUpAsync(site);
        var editor = await BackofficeSession.SignInAsync(site, BackofficeRoles.Editor);
        var page = $"/umbraco/registrations/{key}";

        var unconfirmed = await editor.PostFormAsync(page, [], page + "?handler=CancelEvent");
        Assert.Equal(HttpStatusCode.BadRequest, unconfirmed.StatusCode);
        Assert.All(await site.RegistrationsAsync(key), r => Assert.NotEqual(RegistrationStatus.Cancelled, r.Status));

        var confirmed = await editor.PostFormAsync(page, new() { ["confirm"] = "true" }, page + "?handler=CancelEvent");

        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
        Assert.All(await site.RegistrationsAsync(key), r => Assert.Equal(RegistrationStatus.Cancelled, r.Status));
        Assert.Equal((0, 0), ((await site.SeatsAsync(key)).SeatsTaken, (await site.SeatsAsync(key)).Waiting));
        var cancellations = (await site.MailsAsync()).Where(m => m.Subject == "Tilaisuus peruttu: Järjestäjän kumppanuuspöytä").ToList();
        Assert.Equal(3, cancellations.Count);
        var aino = cancellations.Single(m => m.To.Mailboxes.Single().Address == "aino@example.fi");
        Assert.Equal("CANCEL", Calendar.Load(RegistrationSite.Calendar(aino))!.Method);
    }

    [Fact]
    public async Task AMonthAfterTheEventNamesAddressesAndDietsAreGoneButCountsStay()
    {
        await using var site = new SiteFactory();
        var (key, _) = await SignedUpAsync(site);
        var job = site.Services.GetServices<IHostedService>().OfType<Participation.Extensions.Registration.Organiser.AnonymiseAfterEvent>().Single();

        Assert.Equal(0, await job.RunOnceAsync(CancellationToken.None)); // not before
        site.Clock.Advance(TimeSpan.FromDays(10 + 31));
        Assert.Equal(3, await job.RunOnceAsync(CancellationToken.None));

        var rows = await site.RegistrationsAsync(key);
        Assert.All(rows, r => Assert.Equal("", r.Name));
        Assert.DoesNotContain(rows, r => r.Email.Contains('@', StringComparison.Ordinal));
        Assert.Equal(3, rows.Where(r => r.Status == RegistrationStatus.Confirmed).Sum(r => r.PartySize));
        var entry = (await FormPageClient.LatestEntryAsync(site, SeededFormIds.EventRegistration))!;
        var values = FormSubmissions.ReadValues(entry.Values);
        Assert.False(values.ContainsKey("diet"));
        Assert.False(values.ContainsKey("email"));
        Assert.True(values.ContainsKey("partySize"));
        Assert.Equal(0, await job.RunOnceAsync(CancellationToken.None));
    }

    [Fact]
    public async Task AnErasureOfAnAddressTakesItsRegistrationsNameAndAddressButKeepsTheSeatCount()
    {
        await using var site = new SiteFactory();
        var (key, _) = await SignedUpAsync(site);
        var link = RegistrationSite.ManageLink((await site.MailsAsync()).First(m => m.To.Mailboxes.Single().Address == "bruno@example.fi"));

        var erased = await site.Services.GetRequiredService<Participation.Extensions.Forms.DataSubjects.DataSubjectRequests>().EraseAsync("Bruno@Example.fi", "test", CancellationToken.None);

        Assert.Equal(1, erased);
        var rows = await site.RegistrationsAsync(key);
        Assert.DoesNotContain(rows, r => r.Email == "bruno@example.fi" || r.Name == "Bruno Berg");
        Assert.Equal(3, rows.Count);
        Assert.Equal(3, (await site.SeatsAsync(key)).SeatsTaken);
        var page = WebUtility.HtmlDecode(await site.CreateClient().GetStringAsync(link));
        Assert.Contains("Linkki ei enää toimi", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Bruno", page, StringComparison.Ordinal);
    }

    /// <summary>An event with three seats: Aino (1, gluten-free, nut allergy), Bruno (2, gluten-free and vegan, wheelchair) take them; Cilla waits.</summary>
    private static async Task<(Guid Key, string Url)> SignedUpAsync(SiteFactory site)
    {
        var (key, url) = await site.CreateEventAsync("Järjestäjän kumppanuuspöytä", site.Clock.GetUtcNow().AddDays(10), capacity: 3, waitlist: true);
        await site.SignUpAsync(url, "Aino Aaltonen", "aino@example.fi", 1, ("diet", "glutenFree"), ("diet", "other"), ("dietOther", "pähkinäallergia"));
        await site.SignUpAsync(url, "Bruno Berg", "bruno@example.fi", 2, ("diet", "glutenFree"), ("diet", "vegan"), ("accessibilityNeeds", "Pyörätuoli"));
        await site.SignUpAsync(url, "Cilla Carlsson", "cilla@example.fi", 1);
        Assert.Equal(3, (await site.RegistrationsAsync(key)).Count);
        return (key, url);
    }
}
