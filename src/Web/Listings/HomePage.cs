using Participation.Cms.PublishedCache;
using Participation.Cms.Routing;

namespace Participation.Web.Listings;

public sealed class HomePage(PublishedContent content, string culture) : ContentPage(content, culture)
{
    public required IReadOnlyList<PublishedContent> LatestArticles { get; init; }

    public required IReadOnlyList<PublishedContent> UpcomingEvents { get; init; }

    public required IReadOnlyList<PublishedContent> Projects { get; init; }
}
