using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;

namespace Participation.Cms.ContentTypes;

/// <summary>The JSON format of content types, shared by the database column and the data package files.</summary>
public static class ContentTypeJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    public static ContentType Parse(string json) =>
        JsonSerializer.Deserialize<ContentType>(json, Options)
        ?? throw new JsonException("A content type document was empty.");

    public static string Write(ContentType type) => JsonSerializer.Serialize(type, Options);
}
