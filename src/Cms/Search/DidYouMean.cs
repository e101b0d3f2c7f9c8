using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Participation.Cms.Search;

/// <summary>
/// "Tarkoititko": for each typed word that the index has in no form (not as typed, not folded, no word with its stem), the
/// closest word the index does have (at most two edits, the first letter kept), preferring fewer edits and then the
/// more common word. Null when every word is known or nothing close exists.
/// </summary>
internal static class DidYouMean
{
    private const int MinLength = 4;

    public static string? Suggest(IndexReader reader, SearchIndex index, string culture, string text)
    {
        var language = index.Language(culture);
        if (language.Exact is null)
        {
            return null;
        }

        var spell = IndexFields.Spell(culture);
        var words = TextQuery.Terms(index.Analyzer, spell, text);
        var changed = false;
        var result = new List<string>();
        foreach (var word in words)
        {
            var suggestion = Known(reader, index, culture, word) ? null : Closest(reader, spell, word);
            changed |= suggestion is not null;
            result.Add(suggestion ?? word);
        }

        return changed ? string.Join(' ', result) : null;
    }

    // Known when the index has the word as typed (folded), or some word that starts with the typed word's whole stem: an
    // inflected form the text does not use (kaupungeissa) is known, a typo inside a word (mielenterveysseuura) is not.
    private static bool Known(IndexReader reader, SearchIndex index, string culture, string word)
    {
        if (word.Length < MinLength)
        {
            return true;
        }

        var field = IndexFields.Exact(culture);
        var exact = TextQuery.Terms(index.Analyzer, field, word);
        if (exact.Count == 0 || exact.Any(t => reader.DocFreq(new Term(field, t)) > 0))
        {
            return true;
        }

        var stem = TextQuery.Terms(Analysis.AnalysisProfiles.StemmerFor(culture), field, word).FirstOrDefault();
        if (stem is not { Length: >= 3 } || MultiFields.GetTerms(reader, field) is not { } terms)
        {
            return false;
        }

        var each = terms.GetEnumerator();
        return each.SeekCeil(new BytesRef(stem)) != TermsEnum.SeekStatus.END && each.Term.Utf8ToString().StartsWith(stem, StringComparison.Ordinal);
    }

    private static string? Closest(IndexReader reader, string field, string word)
    {
        var fuzzy = new FuzzyQuery(new Term(field, word), maxEdits: 2, prefixLength: 1);
        if (fuzzy.Rewrite(reader) is not BooleanQuery candidates)
        {
            return null;
        }

        return candidates.Clauses.Select(c => c.Query).OfType<TermQuery>()
            .Select(q => q.Term.Text)
            .Where(t => t != word)
            .OrderBy(t => Distance(word, t))
            .ThenByDescending(t => reader.DocFreq(new Term(field, t)))
            .ThenBy(t => t, StringComparer.Ordinal)
            .FirstOrDefault();
    }

    private static int Distance(string a, string b)
    {
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        for (var i = 1; i <= a.Length; i++)
        {
            var current = new int[b.Length + 1];
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            }

            previous = current;
        }

        return previous[b.Length];
    }
}
