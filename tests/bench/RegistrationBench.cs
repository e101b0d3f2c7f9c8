using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Participation.Cms.Content;
using Participation.Cms.PublishedCache;
using Participation.Extensions.Persistence;
using Participation.Extensions.Registration.Seats;
using Participation.Extensions.Registration.Signup;

namespace Participation.Bench;

/// <summary>
/// Registration at scale on SQLite: an event's page (seats left), a sign-up through the Forms API, a waitlisted person's
/// own page (their position is counted) and the organiser's first page, first with an empty table and then with 10 000
/// registrations of another event plus 10 000 of the measured event (5 000 confirmed, 5 000 waiting). Then 200 sign-ups
/// at once, as the concurrency test sends them.
/// </summary>
internal static class RegistrationBench
{
    private const string ApiKey = "bench-registration-api-key";
    private static readonly Guid Form = Guid.Parse("00000000-0000-4000-8300-000000000001");

    public static async Task RunAsync(int rounds)
    {
        await using var site = new SiteHost(settings: new Dictionary<string, string> { ["Forms:ApiKey"] = ApiKey, ["Forms:PostsPerMinute"] = "1000000" });
        var client = site.CreateClient();
        var (measured, url) = await CreateEventAsync(site.Services, "Mitattava kumppanuuspöytä", 20_000);
        var (other, _) = await CreateEventAsync(site.Services, "Toinen kumppanuuspöytä", 0);

        await GenerateAsync(site.Services, measured, 1, confirmed: 0); // one person waiting, so both runs read a position
        var empty = await MeasureAsync(site, client, measured, url, rounds, "empty");
        await GenerateAsync(site.Services, other, 10_000, confirmed: 10_000);
        await GenerateAsync(site.Services, measured, 10_000, confirmed: 5_000, firstTicket: 2);
        var full = await MeasureAsync(site, client, measured, url, rounds, "20 000 registrations");
        var rush = await RushAsync(site, client, rounds: 200);

        foreach (var f in empty.Concat(full))
        {
            f.Print();
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"200 sign-ups at once for one event: {rush.TotalMilliseconds:0} ms in all, {200 / rush.TotalSeconds:0.0} sign-ups/s"));
        for (var i = 0; i < empty.Count; i++)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"ratio p50 full / empty, {empty[i].Name.Split(" (")[0]}: {full[i].P50 / empty[i].P50:0.00}"));
        }
    }

    private static async Task<List<Figures>> MeasureAsync(SiteHost site, HttpClient client, Guid eventKey, string url, int rounds, string label)
    {
        var page = new Figures($"event page GET ({label})");
        var signUp = new Figures($"sign-up via Forms API ({label})");
        var own = new Figures($"own registration page, waiting ({label})");
        var organiser = new Figures($"organiser's first page of 50 ({label})");
        var links = site.Services.GetRequiredService<RegistrationLinks>();
        var list = site.Services.GetRequiredService<Participation.Extensions.Registration.Organiser.ParticipantList>();
        Guid? waiting = null;
        for (var i = 0; i < rounds; i++)
        {
            await page.TimeAsync(async () => (await client.GetAsync(url)).EnsureSuccessStatusCode());
            await signUp.TimeAsync(() => SignUpAsync(client, eventKey, $"{label.Replace(' ', '-')}-{i}"));
        }

        await using (var db = site.Services.GetRequiredService<ExtensionsDatabase>().CreateContext())
        {
            var queue = db.Set<EventRegistration>().Where(r => r.EventKey == eventKey && r.Status == RegistrationStatus.Waitlisted);
            waiting = await queue.OrderByDescending(r => r.Ticket).Select(r => (Guid?)r.Id).FirstOrDefaultAsync();
        }

        var ownUrl = waiting is { } id ? url + "?r=" + Uri.EscapeDataString(links.Token(id, DateTimeOffset.UtcNow.AddDays(1))) : url;
        for (var i = 0; i < rounds; i++)
        {
            await own.TimeAsync(async () => (await client.GetAsync(ownUrl)).EnsureSuccessStatusCode());
            await organiser.TimeAsync(() => list.PageAsync(eventKey, 1, CancellationToken.None));
        }

        return [page, signUp, own, organiser];
    }

    private static async Task<TimeSpan> RushAsync(SiteHost site, HttpClient client, int rounds)
    {
        var (key, _) = await CreateEventAsync(site.Services, "Ruuhka", 20);
        var watch = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, rounds).Select(i => SignUpAsync(client, key, $"rush-{i}")));
        return watch.Elapsed;
    }

    private static async Task<int> SignUpAsync(HttpClient client, Guid eventKey, string who)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"/umbraco/forms/delivery/api/v1/entries/{Form}")
        {
            Content = new StringContent(
                $$$"""{"contentId": "{{{eventKey}}}", "values": {"name": ["{{{who}}}"], "email": ["{{{who}}}@example.fi"], "partySize": ["1"], "consent": ["on"]}}""",
                Encoding.UTF8,
                "application/json"),
        };
        request.Headers.Add("Api-Key", ApiKey);
        var response = await client.SendAsync(request);
        return response.StatusCode == System.Net.HttpStatusCode.Accepted ? 0 : throw new InvalidOperationException($"Sign-up answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
    }

    private static async Task<(Guid Key, string Url)> CreateEventAsync(IServiceProvider services, string name, int capacity)
    {
        var snapshot = services.GetRequiredService<PublishedSnapshotService>();
        var events = snapshot.Current.OfType("events").Single();
        var document = new ContentDocument();
        document.Cultures["fi"] = new CultureVariant { Name = name };
        document.Cultures["fi"].Values["theme"] = "Mittaus";
        var start = DateTimeOffset.UtcNow.AddDays(30);
        document.Values["startTime"] = start.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);
        document.Values["endTime"] = start.AddHours(3).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);
        document.Values["venue"] = new JsonObject { ["name"] = "Kylätalo", ["street"] = "Kylätie 1", ["postalCode"] = "45100", ["city"] = "Kouvola" };
        document.Values["capacity"] = capacity.ToString(CultureInfo.InvariantCulture);
        document.Values["waitlist"] = true;
        document.Values["registrationDeadlineDays"] = "2";
        document.Values["venueToBeAnnounced"] = false;
        document.Values["registrationForm"] = Form.ToString();
        var content = services.GetRequiredService<ContentService>();
        var key = await content.CreateAsync(new CreateContent("partnershipTable", events.Key, document), "bench");
        await content.PublishAsync(key, null, "bench");
        return (key, snapshot.Current.GetByKey(key)!.Url("fi")!);
    }

    private static async Task GenerateAsync(IServiceProvider services, Guid eventKey, int count, int confirmed, int firstTicket = 1)
    {
        var database = services.GetRequiredService<ExtensionsDatabase>();
        var now = DateTime.UtcNow;
        await using (var db = database.CreateContext())
        {
            var seats = await db.Set<EventSeats>().SingleOrDefaultAsync(s => s.EventKey == eventKey);
            if (seats is null)
            {
                seats = new EventSeats { EventKey = eventKey };
                db.Set<EventSeats>().Add(seats);
            }

            seats.SeatsTaken += confirmed;
            seats.Waiting += count - confirmed;
            seats.LastTicket += count - confirmed;
            await db.SaveChangesAsync();
        }

        for (var batch = 0; batch < count; batch += 1_000)
        {
            await using var db = database.CreateContext();
            for (var i = batch; i < Math.Min(count, batch + 1_000); i++)
            {
                db.Set<EventRegistration>().Add(new EventRegistration
                {
                    Id = Guid.NewGuid(), EventKey = eventKey, FormId = Form, Email = $"gen{i}-{firstTicket}-{eventKey:N}@example.fi", Name = $"Generoitu {i}",
                    PartySize = 1, Status = i < confirmed ? RegistrationStatus.Confirmed : RegistrationStatus.Waitlisted,
                    Ticket = i < confirmed ? null : i - confirmed + firstTicket, CreatedUtc = now, UpdatedUtc = now,
                });
            }

            await db.SaveChangesAsync();
        }
    }
}
