using System.Net;
using Ical.Net;
using MimeKit;
using Participation.Extensions.Registration.Seats;
using Participation.Web.Tests.Infrastructure;

namespace Participation.Web.Tests.Registration;

public sealed class WaitlistTests
{
    [Fact]
    public async Task CancellingThroughTheMailedLinkPromotesExactlyTheFirstInLineAndMailsThem()
    {
        await using var site = new SiteFactory();
        var (key, url) = await site.CreateEventAsync("Pieni kumppanuuspöytä", site.Clock.GetUtcNow().AddDays(20), capacity: 2, waitlist: true);
        foreach (var (name, email) in new[] { ("Aino", "aino@example.fi"), ("Bertta", "bertta@example.fi"), ("Cecilia", "cecilia@example.fi"), ("Daniel", "daniel@example.fi") })
        {
            Assert.Equal(HttpStatusCode.Redirect, (await site.SignUpAsync(url, name, email)).StatusCode);
        }

        var before = await site.MailsAsync();
        Assert.Equal("Ilmoittautuminen vahvistettu: Pieni kumppanuuspöytä", To(before, "aino@example.fi").Subject);
        Assert.Contains("Olet jonossa sijalla 2.", To(before, "daniel@example.fi").TextBody, StringComparison.Ordinal);

        var cancelled = await site.CancelThroughAsync(RegistrationSite.ManageLink(To(before, "aino@example.fi")));

        Assert.Equal(HttpStatusCode.Redirect, cancelled.StatusCode);
        var registrations = (await site.RegistrationsAsync(key)).ToDictionary(r => r.Email);
        Assert.Equal(RegistrationStatus.Cancelled, registrations["aino@example.fi"].Status);
        Assert.Equal(RegistrationStatus.Confirmed, registrations["cecilia@example.fi"].Status);
        Assert.Equal(RegistrationStatus.Waitlisted, registrations["daniel@example.fi"].Status);
        Assert.Equal(2, (await site.SeatsAsync(key)).SeatsTaken);

        var after = (await site.MailsAsync()).Except(before, MailComparer.Instance).ToList();
        Assert.Equal(["aino@example.fi", "cecilia@example.fi"], after.Select(m => m.To.Mailboxes.Single().Address).Order());
        var promoted = To(after, "cecilia@example.fi");
        Assert.Equal("Sait paikan: Pieni kumppanuuspöytä", promoted.Subject);
        var calendar = Calendar.Load(RegistrationSite.Calendar(promoted))!;
        Assert.Equal("REQUEST", calendar.Method);
        var cancellation = Calendar.Load(RegistrationSite.Calendar(To(after, "aino@example.fi")))!;
        Assert.Equal("CANCEL", cancellation.Method);
        var confirmation = Calendar.Load(RegistrationSite.Calendar(To(before, "aino@example.fi")))!;
        Assert.Equal(confirmation.Events.Single().Uid, cancellation.Events.Single().Uid);
        Assert.True(cancellation.Events.Single().Sequence > confirmation.Events.Single().Sequence);

        // The one still waiting moved up: the page through their own link says so.
        var daniel = WebUtility.HtmlDecode(await site.CreateClient().GetStringAsync(RegistrationSite.ManageLink(To(before, "daniel@example.fi"))));
        Assert.Contains("Olet jonossa sijalla 1.", daniel, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ABiggerPartyFirstInLineIsNotSkippedByASmallerOneBehindIt()
    {
        await using var site = new SiteFactory();
        var (key, url) = await site.CreateEventAsync("Perheiden kumppanuuspöytä", site.Clock.GetUtcNow().AddDays(20), capacity: 3, waitlist: true);
        await site.SignUpAsync(url, "Yksi", "yksi@example.fi", party: 1);
        await site.SignUpAsync(url, "Kaksi", "kaksi@example.fi", party: 2);
        await site.SignUpAsync(url, "Perhe", "perhe@example.fi", party: 3);
        await site.SignUpAsync(url, "Pari", "pari@example.fi", party: 1);
        var mails = await site.MailsAsync();

        await site.CancelThroughAsync(RegistrationSite.ManageLink(To(mails, "yksi@example.fi")));

        var registrations = (await site.RegistrationsAsync(key)).ToDictionary(r => r.Email);
        Assert.Equal(RegistrationStatus.Waitlisted, registrations["perhe@example.fi"].Status); // 2 + 3 > 3
        Assert.Equal(RegistrationStatus.Waitlisted, registrations["pari@example.fi"].Status); // behind the family
        Assert.Equal(2, (await site.SeatsAsync(key)).SeatsTaken);
    }

    [Fact]
    public async Task SigningUpAgainWithTheSameAddressPointsToTheFirstRegistrationAndMailsItsLink()
    {
        await using var site = new SiteFactory();
        var (key, url) = await site.CreateEventAsync("Toistuva kumppanuuspöytä", site.Clock.GetUtcNow().AddDays(20), capacity: 10, waitlist: false);
        await site.SignUpAsync(url, "Eero", "eero@example.fi");

        var again = await site.SignUpAsync(url, "Eero Toinen", "EERO@example.fi", party: 3);

        Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);
        Assert.Contains("Tällä sähköpostiosoitteella on jo ilmoittautuminen", WebUtility.HtmlDecode(await again.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        var registration = Assert.Single(await site.RegistrationsAsync(key));
        Assert.Equal(1, registration.PartySize);
        var mails = (await site.MailsAsync()).Where(m => m.To.Mailboxes.Single().Address == "eero@example.fi").ToList();
        Assert.Equal(2, mails.Count);
        Assert.Equal(RegistrationSite.ManageLink(mails[0]).Split("?r=")[0], RegistrationSite.ManageLink(mails[1]).Split("?r=")[0]);
        Assert.Contains(mails, m => m.Subject == "Ilmoittautumisesi: Toistuva kumppanuuspöytä");
    }

    [Fact]
    public async Task WithoutAWaitlistAFullEventRefusesWithAClearMessageAndShowsNoForm()
    {
        await using var site = new SiteFactory();
        var (key, url) = await site.CreateEventAsync("Täysi kumppanuuspöytä", site.Clock.GetUtcNow().AddDays(20), capacity: 1, waitlist: false);
        using var late = new Forms.FormPageClient(site);
        var hidden = await late.OpenAsync(url, "eventRegistration");
        await site.SignUpAsync(url, "Ensimmäinen", "eka@example.fi");

        var refused = await late.PostAsync(url, hidden, RegistrationSite.Person("Toinen", "toka@example.fi"));

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("Tilaisuus on täynnä", WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal(["eka@example.fi"], (await site.RegistrationsAsync(key)).Select(r => r.Email));
        site.Clock.Advance(TimeSpan.FromMinutes(1)); // past the page's seat count cache
        var page = WebUtility.HtmlDecode(await site.CreateClient().GetStringAsync(url));
        Assert.Contains("Kaikki paikat on varattu.", page, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"form-eventRegistration\"", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AForgedOrExpiredLinkOpensNothingAndCancelsNothing()
    {
        await using var site = new SiteFactory();
        var (key, url) = await site.CreateEventAsync("Suojattu kumppanuuspöytä", site.Clock.GetUtcNow().AddDays(5), capacity: 10, waitlist: false);
        await site.SignUpAsync(url, "Fanni", "fanni@example.fi");
        var link = RegistrationSite.ManageLink(To(await site.MailsAsync(), "fanni@example.fi"));
        var registration = Assert.Single(await site.RegistrationsAsync(key));

        var bare = WebUtility.HtmlDecode(await site.CreateClient().GetStringAsync(url + "?r=" + registration.Id.ToString("N")));
        var forged = await site.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false }).GetAsync(url + "?r=" + registration.Id.ToString("N"));
        site.Clock.Advance(TimeSpan.FromDays(5 + 31)); // the event is over and the link's month has passed
        var refused = await site.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false }).GetAsync(link);
        var expired = WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync());

        // Refused links are answered in place: no cookie, no redirect.
        Assert.All(new[] { forged, refused }, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        Assert.All(new[] { forged, refused }, LinkCookies.AssertNone);

        Assert.Contains("Linkki ei enää toimi", bare, StringComparison.Ordinal);
        Assert.DoesNotContain("fanni@example.fi", bare, StringComparison.Ordinal);
        Assert.Contains("Linkki ei enää toimi", expired, StringComparison.Ordinal);
        Assert.DoesNotContain("fanni@example.fi", expired, StringComparison.Ordinal);
        Assert.Equal(RegistrationStatus.Confirmed, Assert.Single(await site.RegistrationsAsync(key)).Status);
    }

    private static MimeMessage To(IEnumerable<MimeMessage> mails, string address) => RegistrationSite.FirstTo(mails, address);

    private sealed class MailComparer : IEqualityComparer<MimeMessage>
    {
        public static readonly MailComparer Instance = new();

        public bool Equals(MimeMessage? x, MimeMessage? y) => x?.MessageId == y?.MessageId;

        public int GetHashCode(MimeMessage obj) => (obj.MessageId ?? "").GetHashCode(StringComparison.Ordinal);
    }
}
