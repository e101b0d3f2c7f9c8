using Participation.Cms.PropertyEditors;
using Participation.Cms.PublishedCache;

namespace Participation.Cms.Search;

/// <summary>
/// Builds the search documents of a published item: one per culture it has a public URL in. The text is what each
/// property's editor says is worth finding (<see cref="PropertyEditor.ToSearchText"/>); the type adds its own fields
/// through <see cref="ISearchFieldContributor"/>. The indexer does not guess.
/// </summary>
public sealed class ContentSearchDocuments(PropertyEditorCollection editors, IEnumerable<ISearchFieldContributor> contributors)
{
    private readonly ILookup<string, ISearchFieldContributor> byType = contributors.ToLookup(c => c.ContentType, StringComparer.Ordinal);

    /// <summary>Which contributors shape the documents: part of the index's schema, so adding one rebuilds the index.</summary>
    public string Fingerprint { get; } = string.Join(",", contributors.Select(c => c.GetType().FullName).Order(StringComparer.Ordinal));

    public static string Id(Guid key, string culture) => $"{key:N}|{culture}";

    /// <summary>The state a document is built from: a different stamp means the document is out of date.</summary>
    public static string Stamp(PublishedContent item, string culture) =>
        $"{item.UpdateDate.Ticks}|{item.Url(culture)}|{item.Source.Path}|{item.Name(culture)}";

    /// <summary>The ids and stamps the index should hold for these items.</summary>
    public static IEnumerable<(string Id, string Stamp)> Expected(IEnumerable<PublishedContent> items) =>
        items.SelectMany(item => item.Cultures.Values.Where(c => c.Url is not null).Select(c => (Id(item.Key, c.Culture), Stamp(item, c.Culture))));

    public IEnumerable<SearchDocument> For(PublishedSnapshot snapshot, PublishedContent item)
    {
        foreach (var culture in item.Cultures.Values.Where(c => c.Url is not null))
        {
            yield return Build(snapshot, item, culture);
        }
    }

    private SearchDocument Build(PublishedSnapshot snapshot, PublishedContent item, PublishedCulture culture)
    {
        var document = new SearchDocument(Id(item.Key, culture.Culture), culture.Culture, Stamp(item, culture.Culture))
            .Exact(ContentFields.Key, item.Key.ToString())
            .Facet(ContentFields.Type, item.ContentTypeAlias)
            .Stored(ContentFields.Url, culture.Url)
            .FullText(ContentFields.Name, culture.Name)
            .Sortable(ContentFields.SortName, culture.Name)
            .Date(ContentFields.UpdateDate, item.UpdateDate)
            .Integer(ContentFields.Level, item.Level);
        foreach (var ancestor in snapshot.Ancestors(item))
        {
            document.Exact(ContentFields.Ancestor, ancestor.Key.ToString());
        }

        var values = item.Source.ReadDocument();
        foreach (var property in item.ContentType.Properties)
        {
            var stored = values.GetValue(property.Alias, item.ContentType.PropertyVaries(property) ? culture.Culture : null);
            if (stored is not null && editors.Contains(property.Editor))
            {
                document.FullText(ContentFields.Body, editors.Get(property.Editor).ToSearchText(stored, property));
            }
        }

        foreach (var contributor in byType[item.ContentTypeAlias])
        {
            contributor.Contribute(item, culture.Culture, snapshot, document);
        }

        return document;
    }
}
