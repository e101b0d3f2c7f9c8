using System.Net;
using System.Text.Json.Nodes;
using Ical.Net;
using Participation.Extensions.Registration.Seats;
using Participation.Web.Tests.Infrastructure;

namespace Participation.Web.Tests.Registration;

public sealed class EventChangeTests
{
    [Fact]
    public async Task ANewTimeIsMailedOnceToEveryoneRegisteredWithAnUpdatedCalendarEntryAndAddedSeatsGoToTheFirstInLine()
    {
        await using var site = new SiteFactory();
        var start = site.Clock.GetUtcNow().AddDays(20);
        var (key, url) = await site.CreateEventAsync("Siirtyvä kumppanuuspöytä", start, capacity: 1, waitlist: true);
        await site.SignUpAsync(url, "Aino", "aino@example.fi");
        await site.SignUpAsync(url, "Bertta", "bertta@example.fi");
        var before = await site.MailsAsync();
        var moved = start.AddDays(1);
        moved = new DateTimeOffset(moved.Ticks - (moved.Ticks % TimeSpan.TicksPerMinute), moved.Offset); // the editor stores whole minutes

        await site.EditEventAsync(key, d =>
        {
            d.Values["startTime"] = RegistrationSite.Iso(moved);
            d.Values["endTime"] = RegistrationSite.Iso(moved.AddHours(2));
            d.Values["capacity"] = "2";
        });
        await site.EditEventAsync(key, d => d.Cultures["fi"].Values["theme"] = "Ei muuta aikaa"); // a publish that changes neither time nor place mails nobody

        var after = (await site.MailsAsync()).Where(m => !before.Any(b => b.MessageId == m.MessageId)).ToList();
        var changed = after.Where(m => m.Subject == "Tilaisuuden aika tai paikka muuttui: Siirtyvä kumppanuuspöytä").ToList();
        Assert.Equal(["aino@example.fi", "bertta@example.fi"], changed.Select(m => m.To.Mailboxes.Single().Address).Order());
        var calendar = Calendar.Load(RegistrationSite.Calendar(changed.Single(m => m.To.Mailboxes.Single().Address == "aino@example.fi")))!;
        var entry = Assert.Single(calendar.Events);
        Assert.Equal(1, entry.Sequence);
        Assert.Equal(moved.UtcDateTime, entry.DtStart!.AsUtc);
        Assert.Contains(after, m => m.Subject == "Sait paikan: Siirtyvä kumppanuuspöytä" && m.To.Mailboxes.Single().Address == "bertta@example.fi");
        Assert.All(await site.RegistrationsAsync(key), r => Assert.Equal(RegistrationStatus.Confirmed, r.Status));
    }

    [Fact]
    public async Task PeopleInterestedInAnEventWithoutATimeAreMailedWhenItIsSetAndCanThenSignUp()
    {
        await using var site = new SiteFactory();
        var (key, url) = await site.CreateEventAsync("Avoin kumppanuuspöytä", start: null, capacity: 10, waitlist: false);
        var interest = await site.SignUpAsync(url, "Cecilia", "cecilia@example.fi");
        Assert.Equal(HttpStatusCode.Redirect, interest.StatusCode);
        Assert.Equal(RegistrationStatus.Interested, Assert.Single(await site.RegistrationsAsync(key)).Status);
        var page = await site.OwnPageAsync(interest);
        Assert.Contains("Kiinnostuksesi on kirjattu.", page, StringComparison.Ordinal);

        var start = site.Clock.GetUtcNow().AddDays(14);
        await site.EditEventAsync(key, d =>
        {
            d.Values["venueToBeAnnounced"] = false;
            d.Values["startTime"] = RegistrationSite.Iso(start);
            d.Values["venue"] = new JsonObject { ["name"] = "Kirjasto", ["street"] = "Kirjastonkatu 1", ["postalCode"] = "45100", ["city"] = "Kouvola" };
        });

        var mails = await site.MailsAsync();
        var timeSet = Assert.Single(mails, m => m.Subject == "Aika ja paikka päätetty: Avoin kumppanuuspöytä");
        Assert.Equal("cecilia@example.fi", timeSet.To.Mailboxes.Single().Address);
        Assert.Contains("Kirjasto", timeSet.TextBody, StringComparison.Ordinal);

        var signUp = await site.SignUpAsync(url, "Cecilia", "cecilia@example.fi", party: 2);
        Assert.Equal(HttpStatusCode.Redirect, signUp.StatusCode);
        var registration = Assert.Single(await site.RegistrationsAsync(key));
        Assert.Equal((RegistrationStatus.Confirmed, 2), (registration.Status, registration.PartySize));
    }

    [Fact]
    public async Task AReminderGoesTwoDaysBeforeTheStartAndOnlyForTheTimeTheEventHasNow()
    {
        await using var site = new SiteFactory();
        var start = site.Clock.GetUtcNow().AddDays(10);
        var (key, url) = await site.CreateEventAsync("Muistutettava kumppanuuspöytä", start, capacity: 10, waitlist: false);
        await site.SignUpAsync(url, "Raili", "raili@example.fi");
        await site.SignUpAsync(url, "Sami", "sami@example.fi");
        await site.CancelThroughAsync(RegistrationSite.ManageLink((await site.MailsAsync()).First(m => m.To.Mailboxes.Single().Address == "sami@example.fi")));
        var later = start.AddDays(3);
        later = new DateTimeOffset(later.Ticks - (later.Ticks % TimeSpan.TicksPerMinute), later.Offset);
        await site.EditEventAsync(key, d =>
        {
            d.Values["startTime"] = RegistrationSite.Iso(later);
            d.Values["endTime"] = RegistrationSite.Iso(later.AddHours(2)); // an event cannot end before it starts
        });

        site.Clock.Advance(TimeSpan.FromDays(8.5)); // the first time's reminder is due, the new time's not yet
        var early = (await site.MailsAsync()).Where(m => m.Subject!.StartsWith("Muistutus", StringComparison.Ordinal)).ToList();
        site.Clock.Advance(TimeSpan.FromDays(3)); // now 1.5 days before the new start
        var reminders = (await site.MailsAsync()).Where(m => m.Subject!.StartsWith("Muistutus", StringComparison.Ordinal)).ToList();

        Assert.Empty(early);
        var reminder = Assert.Single(reminders);
        Assert.Equal("raili@example.fi", reminder.To.Mailboxes.Single().Address);
        Assert.Equal(later.UtcDateTime, Calendar.Load(RegistrationSite.Calendar(reminder))!.Events.Single().DtStart!.AsUtc);
    }
}
