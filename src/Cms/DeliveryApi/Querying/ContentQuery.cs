namespace Participation.Cms.DeliveryApi.Querying;

internal enum SelectorKind
{
    All,
    Ancestors,
    Children,
    Descendants,
}

/// <summary>The <c>fetch</c> value: which part of the tree a query starts from; the target is a key or a path.</summary>
internal sealed record Selector(SelectorKind Kind, string Target)
{
    public static Selector All { get; } = new(SelectorKind.All, "");
}

/// <summary>The comparison in <c>createDate&gt;:2026-01-01</c>; <c>:</c> is equality.</summary>
internal enum Comparison
{
    Equal,
    Greater,
    GreaterOrEqual,
    Less,
    LessOrEqual,
}

/// <summary>A parsed <c>GET /content</c> query; <see cref="Key"/> names it for the result memo.</summary>
internal sealed record ContentQuery(Selector Selector, IReadOnlyList<ContentFilter> Filters, IReadOnlyList<ContentSort> Sorts)
{
    public string Key => $"{Selector.Kind}:{Selector.Target}|{string.Join('&', Filters.Select(f => f.Key))}|{string.Join('&', Sorts.Select(s => s.Key))}";
}
