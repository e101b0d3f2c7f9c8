using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Participation.Cms.Search;

/// <summary>
/// Turns what a resident typed into a query over one culture's fields. Each word may match the name (weighted most),
/// the text, the exact form it was typed in, or, failing those, most of its trigrams (a typo, a word part); with three
/// words or more one may be missing, since residents add words that the text says another way.
/// </summary>
internal static class TextQuery
{
    private const int MaxWords = 12;

    /// <param name="fuzzy">False leaves out the trigram fallback: a filter wants what the words say, not what resembles them.</param>
    public static (Query? Query, IReadOnlyList<string> Words) Build(SearchIndex index, string culture, string text, bool fuzzy = true)
    {
        var language = index.Language(culture);
        var words = Terms(index.Analyzer, IndexFields.Spell(culture), text).Distinct().Take(MaxWords).ToList();
        var clauses = new List<Query>();
        foreach (var word in words)
        {
            var clause = new BooleanQuery();
            var stems = Terms(index.Analyzer, IndexFields.Text("name", culture), word);
            if (stems.Count == 0)
            {
                continue; // a stop word
            }

            clause.Add(AnyOf(IndexFields.Text("name", culture), stems, 3f), Occur.SHOULD);
            clause.Add(AnyOf(IndexFields.Text("body", culture), stems, 1f), Occur.SHOULD);
            if (language.Exact is not null)
            {
                clause.Add(AnyOf(IndexFields.Exact(culture), Terms(index.Analyzer, IndexFields.Exact(culture), word), 1.5f), Occur.SHOULD);
            }

            if (fuzzy && language.Grams is not null && Terms(index.Analyzer, IndexFields.Grams(culture), word) is { Count: >= 3 } grams)
            {
                var near = AnyOf(IndexFields.Grams(culture), grams, 0.15f);
                near.MinimumNumberShouldMatch = (int)Math.Ceiling(grams.Count * 0.6);
                clause.Add(near, Occur.SHOULD);
            }

            clauses.Add(clause);
        }

        if (clauses.Count == 0)
        {
            return (null, words);
        }

        var query = new BooleanQuery { MinimumNumberShouldMatch = clauses.Count <= 2 ? clauses.Count : clauses.Count - 1 };
        foreach (var clause in clauses)
        {
            query.Add(clause, Occur.SHOULD);
        }

        return (query, words);
    }

    public static List<string> Terms(Analyzer analyzer, string field, string text)
    {
        var terms = new List<string>();
        using var stream = analyzer.GetTokenStream(field, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            terms.Add(term.ToString());
        }

        stream.End();
        return terms;
    }

    private static BooleanQuery AnyOf(string field, IEnumerable<string> terms, float boost)
    {
        var query = new BooleanQuery { Boost = boost };
        foreach (var term in terms.Distinct())
        {
            query.Add(new TermQuery(new Term(field, term)), Occur.SHOULD);
        }

        return query;
    }
}
