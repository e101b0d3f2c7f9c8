using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Unicode;

namespace Participation.Cms.Content;

/// <summary>
/// What one version holds: invariant values, and per culture a name, a URL segment and the culture's values.
/// One JSON document per version keeps the schema stable while content types change.
/// </summary>
public sealed class ContentDocument
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    public JsonObject Values { get; init; } = [];

    public Dictionary<string, CultureVariant> Cultures { get; init; } = new(StringComparer.Ordinal);

    public static ContentDocument Parse(string json) =>
        JsonSerializer.Deserialize<ContentDocument>(json, Json) ?? new ContentDocument();

    public static ContentDocument Parse(ReadOnlySpan<byte> utf8Json) =>
        JsonSerializer.Deserialize<ContentDocument>(utf8Json, Json) ?? new ContentDocument();

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    public ContentDocument Clone() => Parse(ToJson());

    public JsonNode? GetValue(string alias, string? culture) =>
        culture is null ? Values[alias] : Cultures.GetValueOrDefault(culture)?.Values[alias];
}
