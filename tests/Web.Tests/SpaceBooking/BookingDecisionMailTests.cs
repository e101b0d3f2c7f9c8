using System.Net;
using Ical.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using Participation.Cms.Backoffice.Security;
using Participation.Extensions.Forms.Entries;
using Participation.Extensions.Persistence;
using Participation.Extensions.SpaceBooking;
using Participation.Web.Tests.Backoffice;
using Participation.Web.Tests.Forms;
using Participation.Web.Tests.Infrastructure;

namespace Participation.Web.Tests.SpaceBooking;

/// <summary>An editor decides in the Bookings section and the requester gets the answer from a real SMTP server's point of view.</summary>
public sealed class BookingDecisionMailTests
{
    [Fact]
    public async Task ApprovingAndRejectingInTheBackofficeMailsTheRequesterAndAClashIsRefused()
    {
        var port = TestSmtpServer.FreePort();
        await using var smtp = await TestSmtpServer.StartAsync(port);
        await using var site = new SiteFactory { Settings = TestSmtpServer.SiteSettings(port) };
        var url = site.Space().Url("fi")!;
        var day = site.Day(9);
        using var page = new FormPageClient(site);
        foreach (var (who, start, end) in new[] { ("Maija Meikäläinen", "17:00", "19:00"), ("Reijo Rejected", "10:00", "11:00"), ("Olli Overlap", "18:00", "20:00") })
        {
            var sent = await page.PostAsync(url, await page.OpenAsync(url, "spaceBooking"),
                ("association", "Kontiolahden kyläyhdistys"), ("contactName", who), ("email", Address(who)), ("phone", "040 123 4567"),
                ("date", day), ("startTime", start), ("endTime", end), ("purpose", "Hallituksen kokous"), ("equipment", "datatykki"), ("attendees", "9"), ("consent", "on"));
            Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        }

        var bookings = await site.BookingsAsync();
        var (reijo, maija, olli) = (bookings[0], bookings[1], bookings[2]); // soonest first: 10:00, 17:00, 18:00
        var writer = await BackofficeSession.SignInAsync(site, BackofficeRoles.Writer);
        var editor = await BackofficeSession.SignInAsync(site, BackofficeRoles.Editor);
        Assert.Equal(HttpStatusCode.Redirect, (await writer.Client.GetAsync("/umbraco/bookings")).StatusCode);
        var list = await editor.Client.GetStringAsync("/umbraco/bookings");
        Assert.Contains("Maija Meikäläinen", list, StringComparison.Ordinal);
        Assert.Contains("3 varausta", list, StringComparison.Ordinal);

        var approved = await editor.PostFormAsync("/umbraco/bookings", [], $"/umbraco/bookings?handler=Approve&id={maija.Id}");
        var rejected = await editor.PostFormAsync("/umbraco/bookings", [], $"/umbraco/bookings?handler=Reject&id={reijo.Id}");
        var clash = await editor.PostFormAsync("/umbraco/bookings", [], $"/umbraco/bookings?handler=Approve&id={olli.Id}");

        Assert.Equal(HttpStatusCode.Redirect, approved.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, rejected.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, clash.StatusCode);
        Assert.Contains("tila on jo varattu", WebUtility.HtmlDecode(await clash.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        var states = (await site.BookingsAsync()).ToDictionary(b => b.Id, b => b.Status);
        Assert.Equal(BookingStatus.Approved, states[maija.Id]);
        Assert.Equal(BookingStatus.Rejected, states[reijo.Id]);
        Assert.Equal(BookingStatus.Requested, states[olli.Id]);
        Assert.Equal(FormEntryState.Approved, await EntryStateAsync(site, maija.EntryId)); // the entry follows its booking
        Assert.Equal(FormEntryState.Rejected, await EntryStateAsync(site, reijo.EntryId));

        await site.SettleAsync();

        var toMaija = Assert.Single(smtp.Messages, m => m.To.Mailboxes.Any(a => a.Address == Address("Maija Meikäläinen")));
        Assert.StartsWith("Varaus vahvistettu: Yhdistysten olohuone", toMaija.Subject, StringComparison.Ordinal);
        Assert.Contains("Hei Maija Meikäläinen,", toMaija.TextBody, StringComparison.Ordinal);
        Assert.Contains("klo 17:00–19:00", toMaija.TextBody, StringComparison.Ordinal);
        Assert.Contains("Välineet: datatykki", toMaija.TextBody, StringComparison.Ordinal);
        var attachment = Assert.Single(toMaija.Attachments.OfType<MimePart>());
        Assert.Equal("text/calendar", attachment.ContentType.MimeType);
        using var ics = new MemoryStream();
        await attachment.Content!.DecodeToAsync(ics);
        var invite = Assert.Single(Calendar.Load(System.Text.Encoding.UTF8.GetString(ics.ToArray()))!.Events);
        Assert.Equal($"{maija.Id:N}@localhost", invite.Uid);
        Assert.Equal(17, invite.DtStart!.Value.Hour);

        var toReijo = Assert.Single(smtp.Messages, m => m.To.Mailboxes.Any(a => a.Address == Address("Reijo Rejected")));
        Assert.StartsWith("Varauspyyntöä ei voitu vahvistaa", toReijo.Subject, StringComparison.Ordinal);
        Assert.Empty(toReijo.Attachments);
        Assert.DoesNotContain(smtp.Messages, m => m.To.Mailboxes.Any(a => a.Address == Address("Olli Overlap")));
    }

    private static async Task<FormEntryState> EntryStateAsync(SiteFactory site, Guid entryId)
    {
        await using var db = site.Services.GetRequiredService<ExtensionsDatabase>().CreateContext();
        return await db.Set<FormEntry>().Where(e => e.Id == entryId).Select(e => e.State).SingleAsync();
    }

    private static string Address(string who) => who.ToLowerInvariant().Replace(' ', '.').Replace('ä', 'a') + "@example.fi";
}
