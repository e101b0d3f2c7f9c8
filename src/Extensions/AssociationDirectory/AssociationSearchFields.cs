using Participation.Cms.PublishedCache;
using Participation.Cms.Search;

namespace Participation.Extensions.AssociationDirectory;

/// <summary>What an association adds to its search document: the directory's facets, counted and filtered by the index.</summary>
internal sealed class AssociationSearchFields : ISearchFieldContributor
{
    public const string Municipality = "municipality";
    public const string Area = "area";
    public const string Theme = "theme";
    public const string TargetGroup = "targetGroup";

    public string ContentType => "association";

    public void Contribute(PublishedContent item, string culture, PublishedSnapshot snapshot, SearchDocument document)
    {
        document.Facet(Municipality, item.Value<string>("municipality", culture));
        foreach (var (field, alias) in new[] { (Area, "areas"), (Theme, "themes"), (TargetGroup, "targetGroups") })
        {
            foreach (var value in item.Value<string[]>(alias, culture) ?? [])
            {
                document.Facet(field, value);
            }
        }
    }
}
