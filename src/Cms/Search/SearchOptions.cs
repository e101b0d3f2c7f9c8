namespace Participation.Cms.Search;

/// <summary>Where this node keeps its indexes (<c>Cms:Search</c>); each index is a folder below it, never shared between nodes.</summary>
public sealed class SearchOptions
{
    /// <summary>Relative to the content root; tests point it at a temporary folder.</summary>
    public string Folder { get; set; } = Path.Combine("App_Data", "Search");
}
