using Lucene.Net.Documents;
using Lucene.Net.Util;
using Participation.Cms.Search.Analysis;

namespace Participation.Cms.Search;

/// <summary>Turns a <see cref="SearchDocument"/> into Lucene fields by kind.</summary>
internal static class LuceneDocuments
{
    public static Document Create(SearchDocument source, LanguageAnalysis language)
    {
        var document = new Document
        {
            new StringField(IndexFields.Id, source.Id, Field.Store.YES),
            new StoredField(IndexFields.Stamp, source.Stamp),

            // A restart compares every document's stamp with the snapshot: doc values read in a few milliseconds what
            // stored fields (decompressed document by document) took most of a second for at 10 000 items.
            new BinaryDocValuesField(IndexFields.Id, new BytesRef(source.Id)),
            new BinaryDocValuesField(IndexFields.Stamp, new BytesRef(source.Stamp)),
            new StringField(IndexFields.Culture, source.Culture, Field.Store.YES),
        };
        foreach (var field in source.Fields)
        {
            switch (field.Kind)
            {
                case FieldKind.FullText:
                    document.Add(new TextField(IndexFields.Text(field.Name, source.Culture), field.Text, Field.Store.YES));
                    if (language.Exact is not null)
                    {
                        document.Add(new TextField(IndexFields.Exact(source.Culture), field.Text, Field.Store.NO));
                        document.Add(new TextField(IndexFields.Spell(source.Culture), field.Text, Field.Store.NO));
                    }

                    if (language.Grams is not null)
                    {
                        document.Add(new TextField(IndexFields.Grams(source.Culture), field.Text, Field.Store.NO));
                    }

                    break;
                case FieldKind.Exact:
                    document.Add(new StringField(field.Name, field.Text, Field.Store.YES));
                    break;
                case FieldKind.Facet:
                    document.Add(new StringField(field.Name, field.Text, Field.Store.YES));
                    document.Add(new SortedSetDocValuesField(field.Name, new BytesRef(field.Text)));
                    break;
                case FieldKind.Sortable:
                    document.Add(new SortedDocValuesField(field.Name, new BytesRef(field.Text.ToLowerInvariant())));
                    break;
                case FieldKind.Stored:
                    document.Add(new StoredField(field.Name, field.Text));
                    break;
                case FieldKind.Integer or FieldKind.Date:
                    document.Add(new Int64Field(field.Name, field.Number, Field.Store.YES));
                    document.Add(new NumericDocValuesField(field.Name, field.Number));
                    break;
            }
        }

        return document;
    }
}
