using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Participation.Extensions.Forms.Uploads;

namespace Participation.Extensions.Forms.Api;

/// <summary>
/// An entry as the Forms API receives it: Umbraco's JSON body (<c>values</c> by alias: a string, a list of strings, or
/// files as data URLs) or, beyond Umbraco, <c>multipart/form-data</c> for files without the base64 overhead. A body
/// that cannot be read is a 400 with the reason; an answer of the wrong shape is a message next to its field (422).
/// </summary>
public sealed record EntryRequest(
    Dictionary<string, IReadOnlyList<string>> Values,
    List<UploadedFile> Files,
    Dictionary<string, List<string>> FieldErrors,
    string? ContentId,
    string? Culture)
{
    public static async Task<(EntryRequest? Request, string? BodyError, bool TooLarge)> ReadAsync(HttpRequest request, long maxBytes, CancellationToken cancellationToken)
    {
        if (request.HasFormContentType)
        {
            return (await ReadMultipartAsync(request, cancellationToken), null, false);
        }

        if (request.ContentLength > maxBytes)
        {
            return (null, $"The body is larger than {maxBytes / 1024} kB.", true);
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                return (null, $"The body is larger than {maxBytes / 1024} kB.", true);
            }

            buffer.Write(chunk, 0, read);
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(buffer.ToArray(), new JsonDocumentOptions { MaxDepth = 16 });
        }
        catch (JsonException exception)
        {
            return (null, "The body is not valid JSON: " + exception.Message, false);
        }

        using (document)
        {
            var (entry, error) = ReadJson(document.RootElement);
            return (entry, error, false);
        }
    }

    private static (EntryRequest? Request, string? BodyError) ReadJson(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            return (null, "The body must be a JSON object with \"values\".");
        }

        if (!root.TryGetProperty("values", out var values) || values.ValueKind != JsonValueKind.Object)
        {
            return (null, "\"values\" must be an object of answers by field alias.");
        }

        var request = new EntryRequest(new(StringComparer.OrdinalIgnoreCase), [], new(StringComparer.OrdinalIgnoreCase), Text(root, "contentId"), Text(root, "culture"));
        foreach (var answer in values.EnumerateObject())
        {
            request.ReadAnswer(answer.Name, answer.Value);
        }

        return (request, null);
    }

    private void ReadAnswer(string alias, JsonElement value)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.String:
                Values[alias] = [value.GetString()!];
                break;
            case JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False:
                Values[alias] = [value.ValueKind == JsonValueKind.Number ? value.GetRawText() : value.ValueKind == JsonValueKind.True ? "true" : "false"];
                break;
            case JsonValueKind.Null:
                Values[alias] = [];
                break;
            case JsonValueKind.Array when value.EnumerateArray().All(v => v.ValueKind == JsonValueKind.String):
                Values[alias] = value.EnumerateArray().Select(v => v.GetString()!).ToList();
                break;
            case JsonValueKind.Array when value.EnumerateArray().All(v => v.ValueKind == JsonValueKind.Object):
                foreach (var file in value.EnumerateArray())
                {
                    if (DataUrl.TryRead(Text(file, "fileContents"), out var bytes) && Text(file, "fileName") is { Length: > 0 } name)
                    {
                        Files.Add(new UploadedFile(alias, name, bytes));
                    }
                    else
                    {
                        Error(alias, "A file needs \"fileName\" and \"fileContents\" as a base64 data URL.");
                    }
                }

                break;
            default:
                Error(alias, "An answer must be a string, a list of strings or a list of files.");
                break;
        }
    }

    private void Error(string alias, string message)
    {
        if (!FieldErrors.TryGetValue(alias, out var list))
        {
            FieldErrors[alias] = list = [];
        }

        list.Add(message);
    }

    private static async Task<EntryRequest> ReadMultipartAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var form = await request.ReadFormAsync(cancellationToken);
        var entry = new EntryRequest(new(StringComparer.OrdinalIgnoreCase), [], new(StringComparer.OrdinalIgnoreCase), request.Query["contentId"], request.Query["culture"]);
        foreach (var (alias, answer) in form)
        {
            entry.Values[alias] = answer.Where(v => v is not null).Select(v => v!).ToList();
        }

        foreach (var file in form.Files.Where(f => f.Length > 0))
        {
            using var stream = new MemoryStream();
            await file.CopyToAsync(stream, cancellationToken);
            entry.Files.Add(new UploadedFile(file.Name, file.FileName, stream.ToArray()));
        }

        return entry;
    }

    private static string? Text(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value)
            ? value.ValueKind switch
            {
                JsonValueKind.String => value.GetString(),
                JsonValueKind.Number => value.GetRawText(),
                _ => null,
            }
            : null;
}

/// <summary>Umbraco's upload shape: <c>data:&lt;mime&gt;;base64,&lt;bytes&gt;</c>. The declared type is ignored; the bytes are checked.</summary>
internal static class DataUrl
{
    public static bool TryRead(string? url, out byte[] bytes)
    {
        bytes = [];
        var comma = url?.IndexOf(',', StringComparison.Ordinal) ?? -1;
        if (url is null || !url.StartsWith("data:", StringComparison.Ordinal) || comma < 0 || !url[..comma].EndsWith(";base64", StringComparison.Ordinal))
        {
            return false;
        }

        try
        {
            bytes = Convert.FromBase64String(url[(comma + 1)..]);
            return true;
        }
        catch (FormatException)
        {
            return false;
        }
    }
}
