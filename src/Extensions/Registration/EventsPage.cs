using Participation.Cms.PublishedCache;
using Participation.Cms.Routing;

namespace Participation.Extensions.Registration;

/// <summary>
/// The events list: upcoming first (soonest first, unscheduled last), past ones in the archive (newest first), each
/// paged on its own: the upcoming by <c>sivu</c> as every list, the archive by <c>arkisto</c>.
/// </summary>
public sealed class EventsPage(PageContext context) : ContentPage(context)
{
    public const string ArchiveQueryKey = "arkisto";

    public required PageSlice<PublishedContent> Upcoming { get; init; }

    public required PageSlice<PublishedContent> Past { get; init; }

    /// <summary>
    /// Its lists come from the snapshot and the clock, not from seats or the reader (the cards show no places left): one
    /// kept part per page of each list, like the page cache keeps the page.
    /// </summary>
    public override string? FragmentKey => $"{ItemKey}|{Upcoming.PageNumber}|{Past.PageNumber}";

    public string UpcomingPageUrl(int page) => PageSlice<object>.Url(Url, page);

    /// <summary>The archive's pages open at the archive, below the upcoming ones.</summary>
    public string PastPageUrl(int page) => PageSlice<object>.Url(Url, page, ArchiveQueryKey) + "#archive-heading";
}
