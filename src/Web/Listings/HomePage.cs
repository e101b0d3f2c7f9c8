using Participation.Cms.PublishedCache;
using Participation.Cms.Routing;

namespace Participation.Web.Listings;

public sealed class HomePage(PageContext context) : ContentPage(context)
{
    public required IReadOnlyList<PublishedContent> LatestArticles { get; init; }

    public required IReadOnlyList<PublishedContent> UpcomingEvents { get; init; }

    public required IReadOnlyList<PublishedContent> Projects { get; init; }

    /// <summary>
    /// Its lists come from the snapshot and the clock (events still to come), not from the reader: kept like the page
    /// cache keeps the page, for one snapshot and at most its duration.
    /// </summary>
    public override string? FragmentKey => ItemKey;
}
