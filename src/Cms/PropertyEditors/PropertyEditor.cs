using System.Text.Json;
using System.Text.Json.Nodes;
using Participation.Cms.ContentTypes;

namespace Participation.Cms.PropertyEditors;

/// <summary>
/// One class per editor. It owns the conversions of a value: editor input to stored JSON (with validation)
/// and stored JSON to the typed value that templates read.
/// </summary>
public abstract class PropertyEditor
{
    public abstract string Alias { get; }

    /// <summary>Validates editor input (JSON from a form, an API or a data file) and returns the value to store.</summary>
    public abstract ParsedValue Parse(JsonNode? input, PropertyType property);

    /// <summary>Converts a stored value to what templates read; null when there is no value.</summary>
    public abstract object? ToModel(JsonNode? stored, PropertyType property, ModelContext context);

    protected static string? AsString(JsonNode? node) => node switch
    {
        null => null,
        JsonValue v when v.GetValueKind() == JsonValueKind.String => v.GetValue<string>(),
        JsonValue v => v.ToJsonString(),
        _ => null,
    };

    /// <summary>Trimmed text, or null when blank: an empty field is "no value", not an empty string.</summary>
    protected static string? Text(JsonNode? node) => AsString(node)?.Trim() is { Length: > 0 } s ? s : null;

    /// <summary>A number from editor configuration, whether it came from a file (parsed) or from code (an int or long).</summary>
    protected static long? ConfigNumber(PropertyType property, string key) => property.Config[key] switch
    {
        JsonValue v when v.TryGetValue(out long l) => l,
        JsonValue v when v.TryGetValue(out int i) => i,
        JsonValue v when v.TryGetValue(out double d) => (long)d,
        _ => null,
    };

    protected static bool ConfigFlag(PropertyType property, string key) =>
        property.Config[key] is JsonValue v && v.TryGetValue(out bool b) && b;

    protected static IEnumerable<JsonNode?> Items(JsonNode? node) => node switch
    {
        JsonArray array => (IEnumerable<JsonNode?>)array,
        null => [],
        _ => new[] { node },
    };
}
