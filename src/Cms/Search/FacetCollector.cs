using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Participation.Cms.Search;

/// <summary>Counts the values of facet fields over every match (not just one page), per segment by ordinal, then by value.</summary>
internal sealed class FacetCollector(IReadOnlyList<string> fields) : ICollector
{
    private readonly Dictionary<string, Dictionary<string, int>> counts = fields.ToDictionary(f => f, _ => new Dictionary<string, int>(StringComparer.Ordinal));
    private readonly SortedSetDocValues?[] values = new SortedSetDocValues?[fields.Count];
    private readonly int[][] ordinals = new int[fields.Count][];

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer)
    {
    }

    public void SetNextReader(AtomicReaderContext context)
    {
        Flush();
        for (var i = 0; i < fields.Count; i++)
        {
            values[i] = context.AtomicReader.GetSortedSetDocValues(fields[i]);
            ordinals[i] = new int[values[i]?.ValueCount ?? 0];
        }
    }

    public void Collect(int doc)
    {
        for (var i = 0; i < fields.Count; i++)
        {
            if (values[i] is not { } field)
            {
                continue;
            }

            field.SetDocument(doc);
            for (var ord = field.NextOrd(); ord != SortedSetDocValues.NO_MORE_ORDS; ord = field.NextOrd())
            {
                ordinals[i][ord]++;
            }
        }
    }

    /// <summary>Each field's values with their counts, most first, then by value.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<FacetCount>> Result()
    {
        Flush();
        return counts.ToDictionary(
            c => c.Key,
            c => (IReadOnlyList<FacetCount>)c.Value.Select(v => new FacetCount(v.Key, v.Value))
                .OrderByDescending(v => v.Count).ThenBy(v => v.Value, StringComparer.Ordinal).ToList());
    }

    private void Flush()
    {
        var term = new BytesRef();
        for (var i = 0; i < fields.Count; i++)
        {
            if (values[i] is not { } field)
            {
                continue;
            }

            for (var ord = 0; ord < ordinals[i].Length; ord++)
            {
                if (ordinals[i][ord] > 0)
                {
                    field.LookupOrd(ord, term);
                    var value = term.Utf8ToString();
                    counts[fields[i]][value] = counts[fields[i]].GetValueOrDefault(value) + ordinals[i][ord];
                }
            }

            values[i] = null;
        }
    }
}
