namespace Participation.Cms.Search;

/// <summary>
/// What goes into the index for one item in one culture. The id is unique in the index (a later write with the same id
/// replaces the document); the stamp says which state of the item it was built from, so a restart re-indexes only what changed.
/// </summary>
public sealed class SearchDocument(string id, string culture, string stamp)
{
    private readonly List<SearchField> fields = [];

    public string Id { get; } = id;

    public string Culture { get; } = culture;

    public string Stamp { get; } = stamp;

    public IReadOnlyList<SearchField> Fields => fields;

    public SearchDocument FullText(string name, string? text) => Add(name, FieldKind.FullText, text);

    public SearchDocument Exact(string name, string? value) => Add(name, FieldKind.Exact, value);

    public SearchDocument Facet(string name, string? value) => Add(name, FieldKind.Facet, value);

    public SearchDocument Sortable(string name, string? value) => Add(name, FieldKind.Sortable, value);

    public SearchDocument Stored(string name, string? value) => Add(name, FieldKind.Stored, value);

    public SearchDocument Integer(string name, long value)
    {
        fields.Add(new SearchField(name, FieldKind.Integer, "", value));
        return this;
    }

    public SearchDocument Date(string name, DateTime value)
    {
        fields.Add(new SearchField(name, FieldKind.Date, "", DateTime.SpecifyKind(value, DateTimeKind.Utc).Ticks));
        return this;
    }

    private SearchDocument Add(string name, FieldKind kind, string? text)
    {
        if (!string.IsNullOrWhiteSpace(text))
        {
            fields.Add(new SearchField(name, kind, text));
        }

        return this;
    }
}
