using Participation.Cms.PublishedCache;

namespace Participation.Cms.DeliveryApi.Querying;

/// <summary>One <c>sort</c> value. Items without the sorted value come last whichever the direction.</summary>
internal sealed record ContentSort(string Field, bool Ascending, bool IsProperty)
{
    public string Key => $"{(IsProperty ? "p." : "")}{Field}:{(Ascending ? "asc" : "desc")}";

    public IComparable? ValueOf(PublishedContent item, string culture) => IsProperty
        ? PropertyValues.Comparable(PropertyValues.Value(item, Field, culture))
        : Field switch
        {
            "createDate" => item.CreateDate,
            "updateDate" => item.UpdateDate,
            "level" => item.Level,
            "sortOrder" => item.SortOrder,
            _ => item.Name(culture).ToLowerInvariant(),
        };
}
