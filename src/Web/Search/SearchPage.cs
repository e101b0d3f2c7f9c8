using Participation.Cms.PublishedCache;
using Participation.Cms.Routing;

namespace Participation.Web.Search;

public sealed class SearchPage(PageContext context) : ContentPage(context)
{
    public string? Query { get; init; }

    public required IReadOnlyList<PublishedContent> Results { get; init; }
}
