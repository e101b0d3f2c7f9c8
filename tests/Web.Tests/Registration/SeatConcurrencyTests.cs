using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using Participation.Extensions.Registration.Seats;
using Participation.Web.Tests.Forms;
using Participation.Web.Tests.Infrastructure;

namespace Participation.Web.Tests.Registration;

/// <summary>Two hundred people press "send" at once for twenty seats, against the real app on a real database.</summary>
public sealed partial class SeatConcurrencyTests
{
    private const int People = 200;
    private const int Seats = 20;

    [Theory]
    [InlineData("Sqlite")]
    [InlineData("PostgreSQL")]
    public async Task TwoHundredConcurrentSignUpsTakeExactlyTwentySeatsAndQueueTheRestWithoutAGap(string provider)
    {
        await using var site = new SiteFactory { PostgresConnectionString = provider == "PostgreSQL" ? TestPostgres.CreateDatabase() : null };
        var (key, url) = await site.CreateEventAsync("Ruuhkainen kumppanuuspöytä", site.Clock.GetUtcNow().AddDays(20), Seats, waitlist: true);

        // Everyone opens the page first (each with their own cookies), then all send at the same moment.
        var clients = new List<(HttpClient Client, Dictionary<string, string> Hidden)>();
        for (var i = 0; i < People; i++)
        {
            var client = site.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
            clients.Add((client, FormPageClient.HiddenInputs(await client.GetStringAsync(url), "eventRegistration")));
        }

        site.Clock.Advance(TimeSpan.FromMinutes(1)); // longer than the form's minimum fill time
        using var start = new SemaphoreSlim(0);
        var posts = clients.Select(async (c, i) =>
        {
            await start.WaitAsync();
            var fields = c.Hidden.Concat(RegistrationSite.Person($"Osallistuja {i}", $"osallistuja{i}@example.fi").Select(a => KeyValuePair.Create(a.Item1, a.Item2)));
            return await c.Client.PostAsync(url, new FormUrlEncodedContent(fields));
        }).ToList();
        start.Release(People);
        var responses = await Task.WhenAll(posts);

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Redirect, r.StatusCode));
        var registrations = await site.RegistrationsAsync(key);
        Assert.Equal(People, registrations.Count);
        Assert.Equal(Seats, registrations.Count(r => r.Status == RegistrationStatus.Confirmed));
        Assert.Equal(Enumerable.Range(1, People - Seats), registrations.Where(r => r.Status == RegistrationStatus.Waitlisted).Select(r => r.Ticket!.Value).Order());
        var seats = await site.SeatsAsync(key);
        Assert.Equal(Seats, seats.SeatsTaken);
        Assert.Equal(People - Seats, seats.Waiting);

        // Each person's own page (the redirect) tells them their place: 1..180, each once.
        var positions = new List<int>();
        var confirmed = 0;
        foreach (var (response, (client, _)) in responses.Zip(clients))
        {
            // The redirect names no token: the sender's own browser, with the cookie the answer set, sees the place.
            Assert.DoesNotContain("?r=", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
            var html = WebUtility.HtmlDecode(await client.GetStringAsync(response.Headers.Location!.OriginalString));
            if (Position().Match(html) is { Success: true } match)
            {
                positions.Add(int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture));
            }
            else
            {
                Assert.Contains("Olet ilmoittautunut (1 hlö)", html, StringComparison.Ordinal);
                confirmed++;
            }
        }

        Assert.Equal(Seats, confirmed);
        Assert.Equal(Enumerable.Range(1, People - Seats), positions.Order());
        foreach (var (client, _) in clients)
        {
            client.Dispose();
        }
    }

    [GeneratedRegex("Olet jonossa sijalla (\\d+)\\.")]
    private static partial Regex Position();
}
