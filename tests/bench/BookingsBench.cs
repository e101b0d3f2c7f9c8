using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Participation.Cms.PublishedCache;
using Participation.Extensions.Persistence;
using Participation.Extensions.SpaceBooking;

namespace Participation.Bench;

/// <summary>
/// Space booking at scale on SQLite: the space page (its week calendar, this week and a later one) and its .ics feed,
/// first with no bookings and then with 10 000 of that space over three years (approved, waiting and rejected). The page
/// and the feed each read one index range, so the page should match and the feed grow only to its event limit.
/// </summary>
internal static class BookingsBench
{
    public static async Task RunAsync(int rounds)
    {
        await using var site = new SiteHost();
        var client = site.CreateClient();
        var space = site.Services.GetRequiredService<PublishedSnapshotService>().Current.OfType(BookableSpace.ContentType).First(s => s.HasValue("bookingForm", "fi"));
        var page = space.Url("fi")!;
        var later = page + "?week=" + System.Globalization.ISOWeek.GetYear(DateTime.UtcNow.AddDays(35)) + "-W" + System.Globalization.ISOWeek.GetWeekOfYear(DateTime.UtcNow.AddDays(35)).ToString("00", CultureInfo.InvariantCulture);
        var feed = $"/tilat/{space.Key}/varaukset.ics";
        await MeasureAsync(client, [page, later, feed], 5, "warm-up");

        var empty = await MeasureAsync(client, [page, later, feed], rounds, "no bookings");
        await GenerateAsync(site.Services, space.Key, 10_000);
        await PlanAsync(site.Services, space.Key);
        var full = await MeasureAsync(client, [page, later, feed], rounds, "10 000 bookings");

        foreach (var f in empty.Concat(full))
        {
            f.Print();
        }

        var size = (await client.GetByteArrayAsync(feed)).Length;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"feed with 10 000 stored: {size / 1024.0:0.0} KiB (at most {new SpaceBookingOptions().FeedLimit} events)"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"ratio p50 10 000 / none: page {full[0].P50 / empty[0].P50:0.00}, later week {full[1].P50 / empty[1].P50:0.00}, feed {full[2].P50 / empty[2].P50:0.00}"));
    }

    /// <summary>Prints SQLite's plan for the calendar's week query: it should search the (SpaceKey, StartUtc) index, never scan.</summary>
    private static async Task PlanAsync(IServiceProvider services, Guid spaceKey)
    {
        await using var db = services.GetRequiredService<ExtensionsDatabase>().CreateContext();
        var from = DateTime.UtcNow;
        var to = from.AddDays(7);
        var week = db.Set<SpaceBookingRecord>().AsNoTracking()
            .Where(b => b.SpaceKey == spaceKey && b.StartUtc >= from && b.StartUtc < to && b.EndUtc > from && b.Status != BookingStatus.Rejected)
            .OrderBy(b => b.StartUtc).Take(201);
        var sql = week.ToQueryString();
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "EXPLAIN QUERY PLAN " + sql[sql.IndexOf("SELECT", StringComparison.Ordinal)..];
        foreach (var parameter in sql.Split('\n').Where(l => l.StartsWith(".param set ", StringComparison.Ordinal)).Select(l => l.Split(' ', 4)))
        {
            var p = command.CreateParameter();
            p.ParameterName = parameter[2];
            p.Value = parameter[3].Trim('\'');
            command.Parameters.Add(p);
        }

        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            Console.WriteLine("calendar query plan: " + reader.GetString(3));
        }
    }

    private static async Task<Figures[]> MeasureAsync(HttpClient client, string[] urls, int rounds, string label)
    {
        var figures = new[] { new Figures($"space page, this week ({label})"), new Figures($"space page, week in 5 weeks ({label})"), new Figures($"space .ics feed ({label})") };
        for (var i = 0; i < rounds; i++)
        {
            for (var u = 0; u < urls.Length; u++)
            {
                await figures[u].TimeAsync(async () => (await client.GetAsync(urls[u])).EnsureSuccessStatusCode());
            }
        }

        return figures;
    }

    /// <summary>Ten one-hour slots a day from two years back to one year ahead: 70 % approved, 20 % waiting, 10 % rejected.</summary>
    private static async Task GenerateAsync(IServiceProvider services, Guid spaceKey, int count)
    {
        var database = services.GetRequiredService<ExtensionsDatabase>();
        var first = DateTime.UtcNow.Date.AddDays(365);
        for (var batch = 0; batch < count; batch += 1_000)
        {
            await using var db = database.CreateContext();
            for (var i = batch; i < Math.Min(count, batch + 1_000); i++)
            {
                var start = DateTime.SpecifyKind(first.AddDays(-(i / 10)).AddHours(6 + (i % 10)), DateTimeKind.Utc);
                db.Set<SpaceBookingRecord>().Add(new SpaceBookingRecord
                {
                    Id = Guid.NewGuid(),
                    SpaceKey = spaceKey,
                    EntryId = Guid.NewGuid(),
                    FormId = Guid.Parse("00000000-0000-4000-8300-000000000003"),
                    StartUtc = start,
                    EndUtc = start.AddHours(1),
                    Status = (i % 10) switch { < 7 => BookingStatus.Approved, < 9 => BookingStatus.Requested, _ => BookingStatus.Rejected },
                    Culture = "fi",
                    CreatedUtc = start.AddDays(-14),
                    DecidedUtc = start.AddDays(-7),
                });
            }

            await db.SaveChangesAsync();
        }
    }
}
