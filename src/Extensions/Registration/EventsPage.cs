using Participation.Cms.PublishedCache;
using Participation.Cms.Routing;

namespace Participation.Extensions.Registration;

/// <summary>The events list: upcoming first (soonest first, unscheduled last), past ones in the archive (newest first).</summary>
public sealed class EventsPage(PageContext context) : ContentPage(context)
{
    public required IReadOnlyList<PublishedContent> Upcoming { get; init; }

    public required IReadOnlyList<PublishedContent> Past { get; init; }
}
