using System.Net;
using System.Text;
using Microsoft.AspNetCore.Mvc.Testing;
using Participation.Web.Tests.Infrastructure;
using Participation.Web.Tests.SpaceBooking;

namespace Participation.Web.Tests.Forms;

/// <summary>
/// Each seeded form is sent twice, once through its page (as a browser without script) and once through the headless
/// API; both entries are stored and their submit-stage mails reach a real SMTP server with the answers filled in.
/// </summary>
public sealed class SeededFormsEndToEndTests
{
    private const string ApiKey = "end-to-end-forms-key";

    [Fact]
    public async Task EverySeededFormIsStoredAndMailedFromItsPageAndFromTheApi()
    {
        var port = TestSmtpServer.FreePort();
        await using var smtp = await TestSmtpServer.StartAsync(port);
        await using var site = new SiteFactory { Settings = new Dictionary<string, string>(TestSmtpServer.SiteSettings(port)) { ["Forms:ApiKey"] = ApiKey } };
        using var page = new FormPageClient(site);
        using var api = site.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var snapshot = site.Snapshot;
        var table = snapshot.OfType("partnershipTable").First(t => Participation.Extensions.Registration.EventSchedule.Of(t, new Participation.Cms.Site.SiteOptions()).Window?.IsOpen(site.Clock.GetUtcNow()) == true);
        var cases = new (Guid Form, string Alias, string Url, Func<string, (string, string)[]> Answers, string OrganiserAddress, int MailsPerEntry)[]
        {
            (SeededFormIds.EventRegistration, "eventRegistration", table.Url("fi")!,
                who => [("name", who), ("email", Address(who)), ("partySize", "2"), ("organisation", "Kylätoimikunta"), ("consent", "on")],
                "tilaisuudet@participation.example", 2),
            (SeededFormIds.Feedback, "feedback", "/saavutettavuusseloste/",
                who => [("message", $"Palaute: {who}"), ("email", Address(who)), ("consent", "on")],
                "saavutettavuus@participation.example", 2),
            (SeededFormIds.IdeaSubmission, "ideaSubmission", snapshot.OfType("areaCommittee").First(c => c.HasValue("ideaForm", "fi")).Url("fi")!,
                who => [("area", "keskinen"), ("title", who), ("idea", "Lisää penkkejä puistoon."), ("name", who), ("email", Address(who)), ("consent", "on")],
                "aluetoimikunnat@participation.example", 1),
            (SeededFormIds.SpaceBooking, "spaceBooking", snapshot.OfType("space").First(c => c.HasValue("bookingForm", "fi")).Url("fi")!,
                who => [("association", who), ("contactName", who), ("email", Address(who)), ("phone", "040 765 4321"), ("date", site.Day(60)),
                    ("startTime", "18:00"), ("endTime", "20:00"), ("purpose", "Kokous"), ("attendees", "10"), ("consent", "on")],
                "tilat@participation.example", 1),
        };

        foreach (var (form, alias, url, answers, _, _) in cases)
        {
            var before = await FormPageClient.CountEntriesAsync(site, form);
            var viaPage = await page.PostAsync(url, await page.OpenAsync(url, alias), answers($"Sivu {alias}"));
            Assert.True(viaPage.StatusCode == HttpStatusCode.Redirect, $"{alias} page: {(int)viaPage.StatusCode}");

            var json = "{\"values\": {" + string.Join(", ", answers($"Rajapinta {alias}").GroupBy(a => a.Item1)
                .Select(g => $"\"{g.Key}\": [{string.Join(", ", g.Select(a => "\"" + a.Item2 + "\""))}]")) + "}"
                + (form == SeededFormIds.EventRegistration ? $", \"contentId\": \"{table.Key}\"" : "") + "}"; // a registration names its event
            var request = new HttpRequestMessage(HttpMethod.Post, $"/umbraco/forms/delivery/api/v1/entries/{form}") { Content = new StringContent(json, Encoding.UTF8, "application/json") };
            request.Headers.Add("Api-Key", ApiKey);
            var viaApi = await api.SendAsync(request);
            Assert.True(viaApi.StatusCode == HttpStatusCode.Accepted, $"{alias} API: {(int)viaApi.StatusCode} {await viaApi.Content.ReadAsStringAsync()}");

            Assert.Equal(before + 2, await FormPageClient.CountEntriesAsync(site, form));
        }

        await site.SettleAsync();

        foreach (var (_, alias, _, _, organiser, mailsPerEntry) in cases)
        {
            foreach (var who in new[] { $"Sivu {alias}", $"Rajapinta {alias}" })
            {
                var mails = smtp.Messages.Where(m => (m.TextBody ?? "").Contains(who, StringComparison.Ordinal) || (m.Subject ?? "").Contains(who, StringComparison.Ordinal)
                    || m.To.Mailboxes.Any(a => a.Address == Address(who))).ToList();
                Assert.True(mails.Count == mailsPerEntry, $"{who}: {mails.Count} mails: {string.Join("; ", mails.Select(m => m.Subject))}");
                Assert.Contains(mails, m => m.To.Mailboxes.Any(a => a.Address == organiser));
            }
        }
    }

    private static string Address(string who) => who.ToLowerInvariant().Replace(' ', '.') + "@example.fi";
}
