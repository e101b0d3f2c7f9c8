using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Participation.Cms.Content;
using Participation.Web.Tests.Infrastructure;

namespace Participation.Web.Tests.Sharing;

/// <summary>Articles and events the sharing tests publish and unpublish through the content service, as an editor would.</summary>
internal static class TestContent
{
    public static ContentService Content(this SiteFactory site) => site.Services.GetRequiredService<ContentService>();

    public static async Task<Guid> PublishArticleAsync(this SiteFactory site, string name, string summary, string[]? tags = null, bool publish = true)
    {
        var newsList = site.Snapshot.OfType("newsList").Single();
        var document = new ContentDocument { Values = { ["publishDate"] = site.Clock.Now.AddHours(-1).ToString("O") } };
        if (tags is not null)
        {
            document.Values["tags"] = new System.Text.Json.Nodes.JsonArray(tags.Select(t => (System.Text.Json.Nodes.JsonNode?)t).ToArray());
        }

        document.Cultures["fi"] = new CultureVariant { Name = name, Values = { ["summary"] = summary, ["body"] = "<p>Teksti.</p>" } };
        var key = await site.Content().CreateAsync(new("newsArticle", newsList.Key, document), "testi");
        if (publish)
        {
            await site.Content().PublishAsync(key, null, "testi");
        }

        return key;
    }

    /// <summary>An event at a wall-clock time in Helsinki, with a venue in <paramref name="city"/>.</summary>
    public static async Task<Guid> PublishEventAsync(this SiteFactory site, string name, DateTime helsinkiStart, string city = "Rovaniemi")
    {
        var events = site.Snapshot.OfType("events").Single();
        var zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Helsinki");
        helsinkiStart = DateTime.SpecifyKind(helsinkiStart, DateTimeKind.Unspecified);
        var start = new DateTimeOffset(helsinkiStart, zone.GetUtcOffset(helsinkiStart));
        var end = new DateTimeOffset(helsinkiStart.AddHours(3), zone.GetUtcOffset(helsinkiStart.AddHours(3)));
        var document = new ContentDocument
        {
            Values =
            {
                ["startTime"] = start.ToString("O", CultureInfo.InvariantCulture),
                ["endTime"] = end.ToString("O", CultureInfo.InvariantCulture),
                ["venueToBeAnnounced"] = false,
                ["venue"] = new System.Text.Json.Nodes.JsonObject { ["name"] = "Kylätalo", ["street"] = "Kylätie 1", ["postalCode"] = "96100", ["city"] = city },
            },
        };
        document.Cultures["fi"] = new CultureVariant { Name = name, Values = { ["theme"] = "Teema: " + name } };
        var key = await site.Content().CreateAsync(new("partnershipTable", events.Key, document), "testi");
        await site.Content().PublishAsync(key, null, "testi");
        return key;
    }
}
