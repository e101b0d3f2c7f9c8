using Participation.Cms.PublishedCache;

namespace Participation.Cms.Search;

/// <summary>
/// What a content type adds to its search documents beyond its properties' search text: facets, dates, numbers
/// (an association's municipality and themes, an event's start). Registered as a singleton per content type.
/// </summary>
public interface ISearchFieldContributor
{
    string ContentType { get; }

    void Contribute(PublishedContent item, string culture, PublishedSnapshot snapshot, SearchDocument document);
}
