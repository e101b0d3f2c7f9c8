using System.Net;
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

        var text = string.Join("\n", values);
        var marked = query is null ? null
            : Highlight(text, IndexFields.Text(ContentFields.Body, culture), whole: false) ?? Highlight(text, IndexFields.Exact(culture), whole: false);
        return marked ?? WebUtility.HtmlEncode(values[0].Length <= FallbackLength ? values[0] : values[0][..FallbackLength].TrimEnd() + " …");
    }

    private string? Highlight(string text, string field, bool whole)
    {
        var scorer = new QueryScorer(query, field);
        var highlighter = new Highlighter(new SimpleHTMLFormatter("<mark>", "</mark>"), new SimpleHTMLEncoder(), scorer)
        {
            TextFragmenter = whole ? new NullFragmenter() : new SimpleSpanFragmenter(scorer, FragmentSize),
            MaxDocCharsToAnalyze = 100_000,
        };
        using var tokens = index.Analyzer.GetTokenStream(field, text);
        var fragments = highlighter.GetBestFragments(tokens, text, 2, " … ");
        return fragments.Contains("<mark>", StringComparison.Ordinal) ? fragments : null;
    }
}
