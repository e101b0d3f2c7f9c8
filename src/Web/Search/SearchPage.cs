using Participation.Cms.PublishedCache;
using Participation.Cms.Routing;

namespace Participation.Web.Search;

public sealed class SearchPage(PublishedContent content, string culture) : ContentPage(content, culture)
{
    public string? Query { get; init; }

    public required IReadOnlyList<PublishedContent> Results { get; init; }
}
