using System.Text.Json.Nodes;

namespace Participation.Cms.Content;

public sealed class CultureVariant
{
    public string Name { get; set; } = "";

    /// <summary>The URL segment; derived from the name when left empty.</summary>
    public string Segment { get; set; } = "";

    public JsonObject Values { get; init; } = [];
}
