using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Fi;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.NGram;
using Lucene.Net.Analysis.Snowball;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.Sv;
using Lucene.Net.Util;

namespace Participation.Cms.Search.Analysis;

/// <summary>
/// The analysis profiles the relevance runner compares, and the ones the site uses. Finnish words are folded
/// (ä→a, ö→o) before stemming on both sides, so a query typed without ä/ö stems the same way as the text.
/// </summary>
public static class AnalysisProfiles
{
    internal const LuceneVersion Version = LuceneVersion.LUCENE_48;

    /// <summary>Umbraco's baseline: UAX#29 words, lower case, English stop words. No stemming, no folding.</summary>
    public static LanguageAnalysis Standard { get; } = new() { Name = "standard", Text = new StandardAnalyzer(Version) };

    /// <summary>Lucene's FinnishAnalyzer: Finnish stop words and the Snowball stemmer.</summary>
    public static LanguageAnalysis Snowball { get; } = new() { Name = "snowball", Text = new FinnishAnalyzer(Version) };

    /// <summary>Folded Snowball, with the exact-form field and a trigram field for typos and word parts.</summary>
    public static LanguageAnalysis SnowballGrams { get; } = new()
    {
        Name = "snowball-folded-grams",
        Text = Chain(stem: true, split: false, truncate: 0),
        Exact = Chain(stem: false, split: false, truncate: 0),
        Grams = Trigrams(),
    };

    /// <summary>Folded, compounds split by a word list, Snowball, stems cut to a fixed length; exact-form and trigram fields.</summary>
    public static LanguageAnalysis CompoundTruncated { get; } = new()
    {
        Name = "compound-snowball-prefix6",
        Text = Chain(stem: true, split: true, truncate: 6),
        Exact = Chain(stem: false, split: false, truncate: 0),
        Grams = Trigrams(),
    };

    /// <summary>As <see cref="CompoundTruncated"/> with stems cut to five letters: more forms meet, and more unrelated words.</summary>
    public static LanguageAnalysis CompoundTruncated5 { get; } = new()
    {
        Name = "compound-snowball-prefix5",
        Text = Chain(stem: true, split: true, truncate: 5),
        Exact = Chain(stem: false, split: false, truncate: 0),
        Grams = Trigrams(),
    };

    /// <summary>As <see cref="CompoundTruncated"/> with stems cut to seven letters: fewer false matches, more missed forms.</summary>
    public static LanguageAnalysis CompoundTruncated7 { get; } = new()
    {
        Name = "compound-snowball-prefix7",
        Text = Chain(stem: true, split: true, truncate: 7),
        Exact = Chain(stem: false, split: false, truncate: 0),
        Grams = Trigrams(),
    };

    /// <summary>Folded Snowball with compounds split, no cutting: what the word list alone adds.</summary>
    public static LanguageAnalysis CompoundSnowball { get; } = new()
    {
        Name = "compound-snowball",
        Text = Chain(stem: true, split: true, truncate: 0),
        Exact = Chain(stem: false, split: false, truncate: 0),
        Grams = Trigrams(),
    };

    /// <summary>As <see cref="CompoundTruncated"/> but without the trigram field: no typo fallback, less noise.</summary>
    public static LanguageAnalysis CompoundTruncatedNoGrams { get; } = new()
    {
        Name = "compound-snowball-prefix6-nograms",
        Text = Chain(stem: true, split: true, truncate: 6),
        Exact = Chain(stem: false, split: false, truncate: 0),
    };

    /// <summary>Lucene's light Finnish stemmer (folded) with compounds split: another way past consonant gradation.</summary>
    public static LanguageAnalysis CompoundLight { get; } = new()
    {
        Name = "compound-light",
        Text = Analyzer.NewAnonymous((_, reader) =>
        {
            var tokenizer = new StandardTokenizer(Version, reader);
            TokenStream stream = new LowerCaseFilter(Version, tokenizer);
            stream = new StopFilter(Version, stream, FinnishAnalyzer.DefaultStopSet);
            stream = new FinnishLightStemFilter(stream);
            stream = new ASCIIFoldingFilter(stream);
            stream = new CompoundSplitFilter(stream, CompoundSplitter.Finnish);
            return new TokenStreamComponents(tokenizer, stream);
        }),
        Exact = Chain(stem: false, split: false, truncate: 0),
        Grams = Trigrams(),
    };

    public static IReadOnlyList<LanguageAnalysis> FinnishCandidates { get; } =
        [Standard, Snowball, SnowballGrams, CompoundSnowball, CompoundLight, CompoundTruncated5, CompoundTruncated7, CompoundTruncatedNoGrams, CompoundTruncated];

    /// <summary>Chosen by the relevance set (tests/relevance/README.md has the table).</summary>
    public static LanguageAnalysis Finnish => CompoundTruncated;

    public static LanguageAnalysis Swedish { get; } = new()
    {
        Name = "swedish-snowball",
        Text = Analyzer.NewAnonymous((_, reader) =>
        {
            var tokenizer = new StandardTokenizer(Version, reader);
            TokenStream stream = new LowerCaseFilter(Version, tokenizer);
            stream = new StopFilter(Version, stream, SwedishAnalyzer.DefaultStopSet);
            stream = new SnowballFilter(stream, new Lucene.Net.Tartarus.Snowball.Ext.SwedishStemmer());
            return new TokenStreamComponents(tokenizer, new ASCIIFoldingFilter(stream));
        }),
        Exact = Folded(),
    };

    public static LanguageAnalysis English { get; } = new() { Name = "english", Text = new EnglishAnalyzer(Version), Exact = Folded() };

    /// <summary>The profile for a culture: Finnish, Swedish and English have their own; anything else gets folded words.</summary>
    public static LanguageAnalysis For(string culture) => culture switch
    {
        "fi" => Finnish,
        "sv" => Swedish,
        "en" => English,
        _ => new LanguageAnalysis { Name = "folded", Text = Folded() },
    };

    /// <summary>Whole stems, folded, not cut: "did you mean" asks whether any word in the index shares the typed word's stem.</summary>
    internal static Analyzer StemmerFor(string culture) => culture switch
    {
        "fi" => FinnishStems,
        "sv" => Swedish.Text,
        "en" => English.Text,
        _ => Standard.Text,
    };

    private static Analyzer FinnishStems { get; } = Chain(stem: true, split: false, truncate: 0);

    private static Analyzer Chain(bool stem, bool split, int truncate) => Analyzer.NewAnonymous((_, reader) =>
    {
        var tokenizer = new StandardTokenizer(Version, reader);
        TokenStream stream = new LowerCaseFilter(Version, tokenizer);
        stream = new StopFilter(Version, stream, FinnishAnalyzer.DefaultStopSet);
        stream = new ASCIIFoldingFilter(stream);
        if (split)
        {
            stream = new CompoundSplitFilter(stream, CompoundSplitter.Finnish);
        }

        if (stem)
        {
            stream = new SnowballFilter(stream, new Lucene.Net.Tartarus.Snowball.Ext.FinnishStemmer());
        }

        if (truncate > 0)
        {
            stream = new TruncateFilter(stream, truncate);
        }

        return new TokenStreamComponents(tokenizer, stream);
    });

    private static Analyzer Folded() => Analyzer.NewAnonymous((_, reader) =>
    {
        var tokenizer = new StandardTokenizer(Version, reader);
        return new TokenStreamComponents(tokenizer, new ASCIIFoldingFilter(new LowerCaseFilter(Version, tokenizer)));
    });

    // Trigrams inside each folded word: a typo or a missing compound part still shares most of a word's trigrams.
    private static Analyzer Trigrams() => Analyzer.NewAnonymous((_, reader) =>
    {
        var tokenizer = new StandardTokenizer(Version, reader);
        TokenStream stream = new StopFilter(Version, new LowerCaseFilter(Version, tokenizer), FinnishAnalyzer.DefaultStopSet);
        stream = new ASCIIFoldingFilter(stream);
        return new TokenStreamComponents(tokenizer, new NGramTokenFilter(Version, stream, 3, 3));
    });
}
