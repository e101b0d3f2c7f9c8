using System.Globalization;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Microsoft.Extensions.DependencyInjection;
using Participation.Cms.Content;
using Participation.Cms.PublishedCache;
using Participation.Extensions.Registration;
using Participation.Web.Tests.Infrastructure;

namespace Participation.Web.Tests.PublicSite;

/// <summary>The events page as a reader walks it, and what it should list, worked out the slow way from the whole snapshot.</summary>
internal static class EventList
{
    public const string Url = "/kumppanuuspoydat/";

    /// <summary>A published event only in Finnish, from <paramref name="start"/> to <paramref name="end"/> (or 3 hours on).</summary>
    public static async Task<Guid> CreateAsync(SiteFactory site, string name, DateTimeOffset start, DateTimeOffset? end = null)
    {
        var document = new ContentDocument();
        document.Cultures["fi"] = new CultureVariant { Name = name };
        document.Cultures["fi"].Values["theme"] = "Sivutus";
        document.Values["startTime"] = Iso(start);
        document.Values["endTime"] = Iso(end ?? start.AddHours(3));
        document.Values["venueToBeAnnounced"] = false;
        var content = site.Services.GetRequiredService<ContentService>();
        var key = await content.CreateAsync(new CreateContent("partnershipTable", site.Snapshot.OfType("events").Single().Key, document), "test");
        await content.PublishAsync(key, null, "test");
        return key;
    }

    public static string Iso(DateTimeOffset moment) => moment.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);

    public static async Task<IHtmlDocument> ReadAsync(HttpClient client, string url) =>
        new HtmlParser().ParseDocument(await client.GetStringAsync(url));

    public static List<string> Upcoming(IHtmlDocument page) =>
        page.QuerySelectorAll(".cards .event-card .card-title a").Select(a => a.TextContent).ToList();

    public static List<string> Archive(IHtmlDocument page) =>
        page.QuerySelectorAll(".archive > ul > li > a").Select(a => a.TextContent).ToList();

    public static string? NextUpcoming(IHtmlDocument page) =>
        page.QuerySelectorAll("nav.pager").FirstOrDefault(n => n.Closest(".archive") is null)?.QuerySelector("a[rel=next]")?.GetAttribute("href");

    public static string? NextArchive(IHtmlDocument page) =>
        page.QuerySelector(".archive nav.pager a[rel=next]")?.GetAttribute("href");

    /// <summary>
    /// What the page listed before it was paged, by the names it shows in <paramref name="culture"/> (Finnish for an event
    /// only in Finnish): every child filtered and sorted, as the page used to on every request.
    /// </summary>
    public static (List<string> Upcoming, List<string> Past) Expected(SiteFactory site, DateTimeOffset now, string culture = "fi")
    {
        string Name(PublishedContent item) => item.Name(item.IsRoutable(culture) ? culture : "fi");
        var page = site.Snapshot.OfType("events").Single();
        var events = site.Snapshot.Children(page).Where(c => c.ContentTypeAlias == "partnershipTable").ToList();
        var upcoming = events.Where(e => !EventSchedule.IsPast(e, "fi", now))
            .OrderBy(e => EventSchedule.StartOf(e, "fi") is null).ThenBy(e => EventSchedule.StartOf(e, "fi")).ThenBy(e => e.SortOrder);
        var past = events.Where(e => EventSchedule.IsPast(e, "fi", now)).OrderByDescending(e => EventSchedule.StartOf(e, "fi"));
        return ([.. upcoming.Select(Name)], [.. past.Select(Name)]);
    }
}
