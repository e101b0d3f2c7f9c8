using Lucene.Net.Analysis;

namespace Participation.Cms.Search.Analysis;

/// <summary>
/// How one language's full text is analysed: the main (stemmed) field, and optionally an exact-form field (folded
/// words, for boosting what was typed and for "did you mean") and a character n-gram field (typos and word parts).
/// Profiles are compared on the relevance set in tests/relevance; <see cref="AnalysisProfiles"/> names the chosen ones.
/// </summary>
public sealed class LanguageAnalysis
{
    public required string Name { get; init; }

    public required Analyzer Text { get; init; }

    public Analyzer? Exact { get; init; }

    public Analyzer? Grams { get; init; }

    /// <summary>Part of the index's schema: an index built with another profile is rebuilt at start.</summary>
    public string Fingerprint => $"{Name}:{(Exact is null ? 0 : 1)}{(Grams is null ? 0 : 1)}";
}
