namespace Participation.Cms.PublishedCache;

/// <summary>One published culture of an item: its name, its route and its culture values converted for templates.</summary>
public sealed class PublishedCulture(string culture, string name, string segment, IReadOnlyDictionary<string, object?> values)
{
    public string Culture { get; } = culture;

    public string Name { get; } = name;

    public string Segment { get; } = segment;

    /// <summary>Path below the site root, e.g. <c>/uutiset/otsikko/</c>; null when an ancestor lacks this culture.</summary>
    public string? Route { get; private init; }

    /// <summary>The public URL: the route with the culture prefix, e.g. <c>/sv/nyheter/rubrik/</c>.</summary>
    public string? Url { get; private init; }

    internal IReadOnlyDictionary<string, object?> Values { get; } = values;

    /// <summary>The same culture at another place in the tree; the converted values are shared, not copied.</summary>
    internal PublishedCulture At(string? route, string? url) => new(Culture, Name, Segment, Values) { Route = route, Url = url };
}
