using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Participation.Cms.PublishedCache;
using Participation.Extensions.AreaCommittees.Ideas;
using Participation.Extensions.Persistence;

namespace Participation.Bench;

/// <summary>
/// An area committee's page on SQLite, first with no ideas and then with 10 000 approved ideas in that area (and 10 000
/// in another): the newest page, a middle page and the last page, the committees' list, and an editor's change of an
/// idea. The page reads one totals row and one page of the area's index, so the newest page should cost the same with
/// 10 000 ideas as with none; a deep page pays for its offset within the area.
/// </summary>
internal static class IdeasBench
{
    private const int Ideas = 10_000;
    private static readonly Guid IdeaForm = Guid.Parse("00000000-0000-4000-8300-000000000002");

    public static async Task RunAsync(int rounds)
    {
        await using var site = new SiteHost();
        var client = site.CreateClient();
        var snapshot = site.Services.GetRequiredService<PublishedSnapshotService>().Current;
        var areas = snapshot.OfType("areaCommittee");
        var (area, other) = (areas[0], areas[1]);
        var url = area.Url("fi")!;
        var list = snapshot.Parent(area)!.Url("fi")!;
        await Get(client, url, "Asukkaiden ideat");

        var reference = await MeasureAsync(client, rounds, "reference: another page with a form", "/saavutettavuusseloste/", "form-feedback");
        var empty = await MeasureAsync(client, rounds, "area page, no ideas", url, "Asukkaiden ideat");
        await GenerateAsync(site.Services, area.Key, Ideas);
        await GenerateAsync(site.Services, other.Key, Ideas);
        var pages = (Ideas + 9) / 10;
        var newest = await MeasureAsync(client, rounds, "area page, newest of 10 000", url, "Generoitu idea 9999<");
        var middle = await MeasureAsync(client, rounds, $"area page {pages / 2} of {pages}", $"{url}?sivu={pages / 2}", "Generoitu idea");
        var last = await MeasureAsync(client, rounds, $"area page {pages} of {pages} (oldest)", $"{url}?sivu={pages}", "Generoitu idea 0<");
        var committees = await MeasureAsync(client, rounds, "committees list with their totals", list, "number committed");
        var edit = await EditAsync(site.Services, area.Key, rounds);

        foreach (var f in new[] { reference, empty, newest, middle, last, committees, edit })
        {
            f.Print();
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"ratio p50 newest page 10 000 / none: {newest.P50 / empty.P50:0.00}"));
    }

    private static async Task<Figures> MeasureAsync(HttpClient client, int rounds, string name, string url, string expect)
    {
        var figures = new Figures(name);
        for (var i = 0; i < rounds; i++)
        {
            await figures.TimeAsync(() => Get(client, url, expect));
        }

        return figures;
    }

    private static async Task<Figures> EditAsync(IServiceProvider services, Guid area, int rounds)
    {
        var editing = services.GetRequiredService<AreaIdeaEditing>();
        var figures = new Figures("editor changes an idea (+ totals, audit)");
        for (var i = 0; i < rounds; i++)
        {
            var id = IdeaId(area, i * 37 % Ideas);
            var result = await figures.TimeAsync(() => editing.ChangeAsync(id, 0, new IdeaChange(IdeaStatus.Done, $"Vastaus {i}", 100), "bench", CancellationToken.None));
            if (result != IdeaChangeResult.Saved)
            {
                throw new InvalidOperationException($"Editing idea {id} answered {result}.");
            }
        }

        return figures;
    }

    private static async Task<int> Get(HttpClient client, string url, string expect)
    {
        var html = await client.GetStringAsync(url);
        return html.Contains(expect, StringComparison.Ordinal) ? html.Length : throw new InvalidOperationException($"{url} did not show {expect}.");
    }

    /// <summary>Approved ideas written straight into the tables, with the area's totals row as the site keeps it.</summary>
    private static async Task GenerateAsync(IServiceProvider services, Guid area, int count)
    {
        var database = services.GetRequiredService<ExtensionsDatabase>();
        var start = DateTime.UtcNow.AddDays(-400);
        for (var batch = 0; batch < count; batch += 1_000)
        {
            await using var db = database.CreateContext();
            for (var i = batch; i < Math.Min(count, batch + 1_000); i++)
            {
                db.Set<AreaIdea>().Add(new AreaIdea
                {
                    EntryId = IdeaId(area, i),
                    FormId = IdeaForm,
                    AreaKey = area,
                    Title = $"Generoitu idea {i}",
                    Text = $"Idean {i} kuvaus, jossa on muutama lause tekstiä niin kuin asukkaan ideassa yleensä.",
                    Culture = "fi",
                    CreatedUtc = start.AddMinutes(i * 30),
                    PublishedUtc = start.AddMinutes(i * 30 + 60),
                    UpdatedUtc = start.AddMinutes(i * 30 + 60),
                });
            }

            await db.SaveChangesAsync();
        }

        await using var totals = database.CreateContext();
        totals.Set<AreaIdeaTotals>().Add(new AreaIdeaTotals { AreaKey = area, New = count });
        await totals.SaveChangesAsync();
    }

    private static Guid IdeaId(Guid area, int i)
    {
        var bytes = area.ToByteArray();
        BitConverter.GetBytes(i).CopyTo(bytes, 0);
        return new Guid(bytes);
    }
}
