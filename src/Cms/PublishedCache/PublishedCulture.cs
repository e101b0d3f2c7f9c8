namespace Participation.Cms.PublishedCache;

/// <summary>One published culture of an item: its name, its route and its culture values converted for templates.</summary>
public sealed class PublishedCulture(string culture, string name, string segment, IReadOnlyDictionary<string, object?> values)
{
    public string Culture { get; } = culture;

    public string Name { get; } = name;

    public string Segment { get; } = segment;

    /// <summary>Path below the site root, e.g. <c>/uutiset/otsikko/</c>; null when an ancestor lacks this culture.</summary>
    public string? Route { get; internal set; }

    /// <summary>The public URL: the route with the culture prefix, e.g. <c>/sv/nyheter/rubrik/</c>.</summary>
    public string? Url { get; internal set; }

    internal IReadOnlyDictionary<string, object?> Values { get; } = values;
}
