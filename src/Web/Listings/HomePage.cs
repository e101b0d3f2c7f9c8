using Participation.Cms.PublishedCache;
using Participation.Cms.Routing;

namespace Participation.Web.Listings;

public sealed class HomePage(PageContext context) : ContentPage(context)
{
    public required IReadOnlyList<PublishedContent> LatestArticles { get; init; }

    public required IReadOnlyList<PublishedContent> UpcomingEvents { get; init; }

    public required IReadOnlyList<PublishedContent> Projects { get; init; }
}
