using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;

namespace Participation.Cms.Search;

/// <summary>Picks the analyser by field name: <c>name.fi</c> gets Finnish text analysis, <c>exact.fi</c> the exact forms, and so on.</summary>
internal sealed class IndexAnalyzer(Func<string, Analysis.LanguageAnalysis> languages) : AnalyzerWrapper(PER_FIELD_REUSE_STRATEGY)
{
    private readonly Analyzer keyword = new KeywordAnalyzer();
    private readonly Analyzer lowerCase = Analyzer.NewAnonymous((_, reader) =>
    {
        var tokenizer = new Lucene.Net.Analysis.Standard.StandardTokenizer(Analysis.AnalysisProfiles.Version, reader);
        return new TokenStreamComponents(tokenizer, new LowerCaseFilter(Analysis.AnalysisProfiles.Version, tokenizer));
    });

    protected override Analyzer GetWrappedAnalyzer(string fieldName)
    {
        if (IndexFields.CultureOf(fieldName) is not { } culture)
        {
            return keyword;
        }

        if (IndexFields.IsSpell(fieldName))
        {
            return lowerCase;
        }

        var language = languages(culture);
        return IndexFields.IsExact(fieldName) ? language.Exact ?? language.Text
            : IndexFields.IsGrams(fieldName) ? language.Grams ?? language.Text
            : language.Text;
    }
}
