namespace Participation.Cms.Persistence;

/// <summary>A content type stored as the same JSON document that <c>umbraco-data/content-types</c> holds.</summary>
public sealed class ContentTypeRecord
{
    public string Alias { get; set; } = "";

    public string Document { get; set; } = "{}";

    public DateTime UpdateDate { get; set; }
}
