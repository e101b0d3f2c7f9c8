namespace Participation.Cms.Search;

/// <summary>What a field is for; decides how it is indexed, whether it can be sorted on and whether it is counted.</summary>
public enum FieldKind
{
    /// <summary>Analysed with the document's language (stemmed, plus the exact-form and n-gram fields); stored for snippets.</summary>
    FullText,

    /// <summary>One exact value (a key, an alias): filterable, stored. Add several for a multi-valued field.</summary>
    Exact,

    /// <summary>A 64-bit integer: range queries and sorting.</summary>
    Integer,

    /// <summary>A UTC date: range queries and sorting (stored as ticks).</summary>
    Date,

    /// <summary>Text sorted case-insensitively (one value per document).</summary>
    Sortable,

    /// <summary>An exact value that is counted per search; multi-valued.</summary>
    Facet,

    /// <summary>Kept for display only (a URL); neither searched nor sorted.</summary>
    Stored,
}
