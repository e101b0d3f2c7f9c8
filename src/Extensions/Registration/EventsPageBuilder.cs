using Participation.Cms.Routing;

namespace Participation.Extensions.Registration;

internal sealed class EventsPageBuilder(TimeProvider clock) : IPageModelBuilder
{
    public string ContentType => "events";

    public Task<ContentPage> BuildAsync(PageContext context, CancellationToken cancellationToken)
    {
        var (content, culture, snapshot, http) = context;
        var now = clock.GetUtcNow();
        var events = snapshot.Children(content).Where(c => c.ContentTypeAlias == "partnershipTable").ToList();
        return Task.FromResult<ContentPage>(new EventsPage(context)
        {
            Upcoming = events.Where(e => !EventSchedule.IsPast(e, now))
                .OrderBy(e => EventSchedule.Start(e) is null)
                .ThenBy(e => EventSchedule.Start(e))
                .ThenBy(e => e.SortOrder)
                .ToList(),
            Past = events.Where(e => EventSchedule.IsPast(e, now)).OrderByDescending(EventSchedule.Start).ToList(),
        });
    }
}
