using Participation.Cms.Search.Analysis;

namespace Participation.Cms.Search;

/// <summary>A named index: its folder name under the search folder and how each culture's text is analysed.</summary>
public sealed class SearchIndexDefinition
{
    /// <summary>Raised whenever what a document holds or how fields are written changes: older indexes are rebuilt at start.</summary>
    public const int SchemaVersion = 2; // 2: id and stamp also as doc values, read at start without loading stored fields

    public required string Name { get; init; }

    public required IReadOnlyList<string> Cultures { get; init; }

    public Func<string, LanguageAnalysis> Languages { get; init; } = AnalysisProfiles.For;

    /// <summary>The schema an index on disk must have been written with; anything else is rebuilt.</summary>
    public string Fingerprint(string extra) =>
        $"v{SchemaVersion};{string.Join(",", Cultures.Select(c => c + "=" + Languages(c).Fingerprint))};{extra}";
}
