using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Participation.Cms.PublishedCache;
using Participation.Cms.Site;
using Participation.Extensions.Forms.Definitions;
using Participation.Extensions.Forms.Entries;
using Participation.Extensions.Persistence;
using Participation.Extensions.SpaceBooking;
using Participation.Extensions.SpaceBooking.Requests;
using Participation.Web.Tests.Infrastructure;

namespace Participation.Web.Tests.SpaceBooking;

/// <summary>Booking requests and their rows on a test site, through the site's own services (the page path has its own tests).</summary>
internal static class BookingOnSite
{
    /// <summary>The seeded shared space (Kontiolahti) with its booking form.</summary>
    public static PublishedContent Space(this SiteFactory site) => site.Snapshot.OfType("space").First(c => c.HasValue("bookingForm", "fi"));

    /// <summary>A date some days from the test clock's today in Helsinki, as the form answers it.</summary>
    public static string Day(this SiteFactory site, int daysAhead)
    {
        var zone = site.Services.GetRequiredService<SiteOptions>().Zone;
        return TimeZoneInfo.ConvertTime(site.Clock.GetUtcNow(), zone).Date.AddDays(daysAhead).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    }

    public static Dictionary<string, IReadOnlyList<string>> Answers(string date, string start, string end, string who = "Aino Aalto", params string[] equipment) => new()
    {
        ["association"] = ["Kontiolahden lukupiiri"],
        ["contactName"] = [who],
        ["email"] = [who.ToLowerInvariant().Replace(' ', '.') + "@example.fi"],
        ["phone"] = ["040 123 4567"],
        ["date"] = [date],
        ["startTime"] = [start],
        ["endTime"] = [end],
        ["purpose"] = ["Kokous"],
        ["equipment"] = equipment,
        ["attendees"] = ["8"],
        ["consent"] = ["on"],
    };

    /// <summary>Sends a request as the space page does: the form narrowed to the space, the slot written in the entry's transaction.</summary>
    public static async Task<SubmitResult> RequestAsync(this SiteFactory site, Dictionary<string, IReadOnlyList<string>> answers)
    {
        var content = site.Space();
        var space = BookableSpace.From(content, "fi");
        var form = await site.Services.GetRequiredService<FormCatalog>().GetAsync(space.FormId!.Value) ?? throw new InvalidOperationException("No booking form.");
        var requests = site.Services.GetRequiredService<BookingRequests>();
        return await site.Services.GetRequiredService<FormSubmissions>().SubmitAsync(
            BookingForms.ForSpace(form, space), new FormSubmission(answers, "fi", content.Key, Alongside: requests.For(space, "fi")), CancellationToken.None);
    }

    public static async Task<SpaceBookingRecord> RequestedAsync(this SiteFactory site, Dictionary<string, IReadOnlyList<string>> answers)
    {
        var accepted = Assert.IsType<SubmitResult.Accepted>(await site.RequestAsync(answers));
        await using var db = site.Services.GetRequiredService<ExtensionsDatabase>().CreateContext();
        return await db.Set<SpaceBookingRecord>().AsNoTracking().SingleAsync(b => b.EntryId == accepted.EntryId);
    }

    public static async Task<List<SpaceBookingRecord>> BookingsAsync(this SiteFactory site)
    {
        await using var db = site.Services.GetRequiredService<ExtensionsDatabase>().CreateContext();
        return await db.Set<SpaceBookingRecord>().AsNoTracking().OrderBy(b => b.StartUtc).ToListAsync();
    }

    /// <summary>Every pair of approved bookings of one space is apart: the rule the lock keeps.</summary>
    public static void AssertNoApprovedOverlap(IEnumerable<SpaceBookingRecord> bookings)
    {
        foreach (var space in bookings.Where(b => b.Status == BookingStatus.Approved).GroupBy(b => b.SpaceKey))
        {
            var sorted = space.OrderBy(b => b.StartUtc).ToList();
            for (var i = 1; i < sorted.Count; i++)
            {
                Assert.True(sorted[i].StartUtc >= sorted[i - 1].EndUtc, $"approved {sorted[i - 1].StartUtc:o}–{sorted[i - 1].EndUtc:o} overlaps {sorted[i].StartUtc:o}–{sorted[i].EndUtc:o}");
            }
        }
    }
}
