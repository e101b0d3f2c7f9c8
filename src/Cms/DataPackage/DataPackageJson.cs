using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Unicode;

namespace Participation.Cms.DataPackage;

/// <summary>Reads and writes the package's JSON files the same way every time, so exports diff cleanly.</summary>
public static class DataPackageJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    private static readonly JsonDocumentOptions DocumentOptions = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    public static async Task<JsonNode> ReadAsync(string path, CancellationToken cancellationToken)
    {
        await using var stream = File.OpenRead(path);
        try
        {
            return await JsonNode.ParseAsync(stream, documentOptions: DocumentOptions, cancellationToken: cancellationToken)
                ?? throw new InvalidDataException($"{path} is empty.");
        }
        catch (JsonException ex)
        {
            throw new InvalidDataException($"{path}: {ex.Message}", ex);
        }
    }

    public static Task WriteAsync(string path, JsonNode node, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        return File.WriteAllTextAsync(path, node.ToJsonString(Options) + "\n", cancellationToken);
    }

    public static IEnumerable<string> Files(string directory, string folder) =>
        System.IO.Directory.Exists(Path.Combine(directory, folder))
            ? System.IO.Directory.GetFiles(Path.Combine(directory, folder), "*.json").Order(StringComparer.Ordinal)
            : [];
}
