using System.Text.Json.Nodes;

namespace Participation.Cms.PropertyEditors;

/// <summary>The value to store, or the message to show next to the field.</summary>
public readonly record struct ParsedValue(JsonNode? Value, string? Error)
{
    public static ParsedValue Empty => new(null, null);

    public static ParsedValue Of(JsonNode? value) => new(value, null);

    public static ParsedValue Invalid(string error) => new(null, error);

    public bool IsValid => Error is null;
}
