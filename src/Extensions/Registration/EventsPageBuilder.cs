using Microsoft.AspNetCore.Http;
using Participation.Cms.PublishedCache;
using Participation.Cms.Routing;

namespace Participation.Extensions.Registration;

internal sealed class EventsPageBuilder(TimeProvider clock) : IPageModelBuilder
{
    public string ContentType => "events";

    public ContentPage Build(PublishedContent content, string culture, HttpContext http)
    {
        var now = clock.GetUtcNow();
        var events = content.Children.Where(c => c.ContentTypeAlias == "partnershipTable").ToList();
        return new EventsPage(content, culture)
        {
            Upcoming = events.Where(e => !EventSchedule.IsPast(e, now))
                .OrderBy(e => EventSchedule.Start(e) is null)
                .ThenBy(e => EventSchedule.Start(e))
                .ThenBy(e => e.SortOrder)
                .ToList(),
            Past = events.Where(e => EventSchedule.IsPast(e, now)).OrderByDescending(EventSchedule.Start).ToList(),
        };
    }
}
