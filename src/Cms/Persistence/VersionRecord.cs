namespace Participation.Cms.Persistence;

/// <summary>An immutable saved state of a node: names, URL segments and values per culture as one JSON document.</summary>
public sealed class VersionRecord
{
    public int Id { get; set; }

    public int NodeId { get; set; }

    public DateTime CreatedAt { get; set; }

    public string CreatedBy { get; set; } = "";

    public string Document { get; set; } = "{}";
}
