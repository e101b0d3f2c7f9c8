using Microsoft.Extensions.DependencyInjection;
using Participation.Extensions.Forms.Entries;
using Participation.Extensions.SpaceBooking;
using Participation.Extensions.SpaceBooking.Decisions;
using Participation.Extensions.SpaceBooking.Requests;
using Participation.Web.Tests.Infrastructure;

namespace Participation.Web.Tests.SpaceBooking;

/// <summary>
/// Editors approve overlapping requests at the same moment, and people ask for the same times while they do, on SQLite
/// and on PostgreSQL: the space's lock row makes them take turns, so one space never has two approved bookings that overlap.
/// </summary>
public sealed class BookingConcurrencyTests
{
    [Theory]
    [InlineData("Sqlite")]
    [InlineData("PostgreSQL")]
    public async Task ParallelApprovalsOfOverlappingRequestsApproveExactlyOne(string provider)
    {
        await using var site = new SiteFactory { PostgresConnectionString = provider == "PostgreSQL" ? TestPostgres.CreateDatabase() : null };
        var day = site.Day(12);
        var requests = new List<SpaceBookingRecord>();
        for (var i = 0; i < 10; i++)
        {
            // 16:00–18:00, 16:05–18:05, ...: every pair overlaps.
            requests.Add(await site.RequestedAsync(BookingOnSite.Answers(day, $"16:{i * 5:00}", $"18:{i * 5:00}", $"Varaaja {i}")));
        }

        var decisions = site.Services.GetRequiredService<BookingDecisions>();
        var results = await Task.WhenAll(requests.Select(r => Task.Run(() => decisions.ApproveAsync(r.Id, "editor", CancellationToken.None))));

        Assert.Single(results.OfType<BookingDecision.Done>());
        Assert.Equal(9, results.OfType<BookingDecision.Clash>().Count());
        var after = await site.BookingsAsync();
        Assert.Single(after, b => b.Status == BookingStatus.Approved);
        BookingOnSite.AssertNoApprovedOverlap(after);
    }

    [Theory]
    [InlineData("Sqlite")]
    [InlineData("PostgreSQL")]
    public async Task RequestsRacingApprovalsNeverLeaveTwoOverlappingApprovedBookings(string provider)
    {
        await using var site = new SiteFactory { PostgresConnectionString = provider == "PostgreSQL" ? TestPostgres.CreateDatabase() : null };
        var day = site.Day(14);

        // A chain of overlapping times: 10–12, 11–13, ..., 19–21. Approving all at once can keep at most every other one.
        var times = Enumerable.Range(10, 10).Select(h => ($"{h}:00", $"{h + 2}:00")).ToList();
        var pending = new List<SpaceBookingRecord>();
        foreach (var (start, end) in times)
        {
            pending.Add(await site.RequestedAsync(BookingOnSite.Answers(day, start, end, $"Ensimmainen {start[..2]}")));
        }

        var decisions = site.Services.GetRequiredService<BookingDecisions>();
        var approvals = pending.Select(r => Task.Run(() => decisions.ApproveAsync(r.Id, "editor", CancellationToken.None)));
        var requests = times.Select(t => Task.Run(() => site.RequestAsync(BookingOnSite.Answers(day, t.Item1, t.Item2, $"Toinen {t.Item1[..2]}"))));
        var decided = await Task.WhenAll(approvals);
        var asked = await Task.WhenAll(requests);

        var after = await site.BookingsAsync();
        BookingOnSite.AssertNoApprovedOverlap(after);
        Assert.Contains(decided, d => d is BookingDecision.Done);
        Assert.All(asked, a => Assert.True(a is SubmitResult.Accepted || (a is SubmitResult.Invalid invalid && invalid.Errors.Single().Code == BookingRequests.ClashCode), $"{a}"));

        // Once the approvals are in, a request for any of those times meets an approved booking.
        foreach (var (start, end) in times)
        {
            var late = Assert.IsType<SubmitResult.Invalid>(await site.RequestAsync(BookingOnSite.Answers(day, start, end, "Myohainen")));
            Assert.Equal(BookingRequests.ClashCode, Assert.Single(late.Errors).Code);
        }

        // The refused requests left nothing behind: no entry and no booking row.
        Assert.Equal(after.Count, (await site.BookingsAsync()).Count);
        Assert.Equal(after.Count, await Participation.Web.Tests.Forms.FormPageClient.CountEntriesAsync(site, after[0].FormId));
    }
}
