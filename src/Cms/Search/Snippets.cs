using Lucene.Net.Search;
using Lucene.Net.Search.Highlight;

namespace Participation.Cms.Search;

/// <summary>
/// Highlighted names and text passages. The highlighter HTML-encodes the text itself and adds only &lt;mark&gt;; where
/// the stemmed field found nothing to mark (a match through the exact form), the exact-form terms are tried.
/// </summary>
internal sealed class Snippets(SearchIndex index, string culture, Query? query)
{
    private const int FragmentSize = 180;
    private const int FallbackLength = 220;

    public string? Name(string name) =>
        query is null ? null : Highlight(name, IndexFields.Text(ContentFields.Name, culture), whole: true) ?? Highlight(name, IndexFields.Exact(culture), whole: true);

    public string? Body(string[] values)
    {
        if (values.Length == 0)
        {
            return null;
        }

        // Value by value, in the order the type declares its properties (the summary first): a passage never runs
        // from one property into the next, and the best two passages are shown.
        var marked = query is null ? [] : values
            .Select(v => Highlight(v, IndexFields.Text(ContentFields.Body, culture), whole: false) ?? Highlight(v, IndexFields.Exact(culture), whole: false))
            .OfType<string>().Take(2).ToList();
        return marked.Count > 0
            ? string.Join(" … ", marked)
            : HtmlTextEncoder.Instance.EncodeText(values[0].Length <= FallbackLength ? values[0] : values[0][..FallbackLength].TrimEnd() + " …");
    }

    private string? Highlight(string text, string field, bool whole)
    {
        var scorer = new QueryScorer(query, field);
        var highlighter = new Highlighter(new SimpleHTMLFormatter("<mark>", "</mark>"), HtmlTextEncoder.Instance, scorer)
        {
            TextFragmenter = whole ? new NullFragmenter() : new SimpleSpanFragmenter(scorer, FragmentSize),
            MaxDocCharsToAnalyze = 100_000,
        };
        using var tokens = index.Analyzer.GetTokenStream(field, text);
        var fragments = highlighter.GetBestFragments(tokens, text, 1, " … ");
        return fragments.Contains("<mark>", StringComparison.Ordinal) ? fragments : null;
    }
}
