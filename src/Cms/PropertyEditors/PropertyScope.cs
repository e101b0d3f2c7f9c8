namespace Participation.Cms.PropertyEditors;

/// <summary>
/// Which properties a Delivery API response writes (<c>fields</c>) and which pickers it expands (<c>expand</c>) at one
/// level of nesting. A picked item or a block's element is written with the scope <see cref="Inside"/> its property.
/// </summary>
public sealed class PropertyScope
{
    private readonly PropertyTree? expand;
    private readonly PropertyTree? fields;

    public PropertyScope(PropertyTree? expand, PropertyTree? fields)
    {
        this.expand = expand;
        this.fields = fields;
    }

    /// <summary>Umbraco's defaults: nothing expanded, every property written.</summary>
    public static PropertyScope Default { get; } = new(null, null);

    public bool Includes(string alias) => fields is null || fields.Names(alias);

    public bool Expands(string alias) => expand is not null && expand.Names(alias);

    public PropertyScope Inside(string alias) => new(expand?.Child(alias), fields?.Child(alias));
}

/// <summary>One <c>properties[...]</c> list: named aliases and <c>$all</c>, each with an optional nested list.</summary>
public sealed class PropertyTree(bool all, PropertyTree? allChild, IReadOnlyDictionary<string, PropertyTree?> named)
{
    public bool Names(string alias) => all || named.ContainsKey(alias);

    /// <summary>The nested list for an alias: its own, else the one given to <c>$all</c>; null means the default.</summary>
    public PropertyTree? Child(string alias) => named.TryGetValue(alias, out var own) && own is not null ? own : all ? allChild : null;
}
