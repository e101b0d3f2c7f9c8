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
            Upcoming = events.Where(e => !EventSchedule.IsPast(e, culture, now))
                .OrderBy(e => EventSchedule.StartOf(e, culture) is null)
                .ThenBy(e => EventSchedule.StartOf(e, culture))
                .ThenBy(e => e.SortOrder)
                .ToList(),
            Past = events.Where(e => EventSchedule.IsPast(e, culture, now)).OrderByDescending(e => EventSchedule.StartOf(e, culture)).ToList(),
        });
    }
}
