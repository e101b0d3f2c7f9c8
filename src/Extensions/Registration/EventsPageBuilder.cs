using System.Globalization;
using Participation.Cms.PublishedCache;
using Participation.Cms.Routing;

namespace Participation.Extensions.Registration;

internal sealed class EventsPageBuilder(TimeProvider clock) : IPageModelBuilder
{
    // Cards for the upcoming (a row of 2, 3 or 4 fills evenly), a line each in the archive.
    private const int UpcomingPageSize = 12;
    private const int ArchivePageSize = 20;

    public string ContentType => "events";

    public Task<ContentPage> BuildAsync(PageContext context, CancellationToken cancellationToken)
    {
        var (content, culture, snapshot, http) = context;
        var order = EventOrder.Of(snapshot, content.Id.ToString(CultureInfo.InvariantCulture), culture,
            () => snapshot.Children(content).Where(c => c.ContentTypeAlias == EventSchedule.ContentType));
        var (upcoming, past) = order.At(clock.GetUtcNow());
        return Task.FromResult<ContentPage>(new EventsPage(context)
        {
            Upcoming = PageSlice<PublishedContent>.From(upcoming, UpcomingPageSize, http.Request),
            Past = PageSlice<PublishedContent>.From(past, ArchivePageSize, http.Request, EventsPage.ArchiveQueryKey),
        });
    }
}
