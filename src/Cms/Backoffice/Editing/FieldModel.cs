using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Participation.Cms.ContentTypes;
using Participation.Cms.Backoffice.Pages;

namespace Participation.Cms.Backoffice.Editing;

/// <summary>One property on the edit form: its editor, current value, choices for pickers and the error to show.</summary>
public sealed record FieldModel(PropertyType Property, JsonNode? Value, string? Error, bool Shared, IReadOnlyList<(string Value, string Label)> Options)
{
    public string Name => FormDocumentReader.Prefix + Property.Alias;

    public string Id => BackofficeIds.Field(Property.Alias);

    public string ErrorId => BackofficeIds.Error(Property.Alias);

    public string? DescribedBy => string.Join(' ', new[] { Property.Description.Length > 0 ? Id + "-hint" : null, Error is null ? null : ErrorId }.OfType<string>()) is { Length: > 0 } s ? s : null;

    public string Text => Value switch
    {
        null => "",
        JsonValue v when v.GetValueKind() == JsonValueKind.String => v.GetValue<string>(),
        JsonArray a => string.Join(", ", a.Select(i => i?.ToString())),
        _ => Value.ToJsonString(),
    };

    public IReadOnlySet<string> Selected => Value switch
    {
        JsonArray a => a.Select(i => i is JsonObject o ? o["mediaKey"]?.ToString() ?? "" : i?.ToString() ?? "").ToHashSet(),
        null => new HashSet<string>(),
        _ => new HashSet<string> { Text },
    };

    public string Part(string name) => Value is JsonObject o ? o[name]?.ToString() ?? "" : "";

    public IReadOnlyList<(string Title, string Url)> Links =>
        Value is JsonArray a ? a.OfType<JsonObject>().Select(o => (o["title"]?.ToString() ?? "", o["url"]?.ToString() ?? "")).ToList() : [];

    /// <summary>The value for a datetime-local input: wall-clock time in Helsinki.</summary>
    public string LocalDateTime =>
        DateTimeOffset.TryParse(Text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var moment)
            ? TimeZoneInfo.ConvertTime(moment, TimeZoneInfo.FindSystemTimeZoneById("Europe/Helsinki")).ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture)
            : Text;

    public string Json => Value?.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) ?? "";
}
